// Montgomery & Runger, "Applied Statistics and Probability for Engineers", 3rd ed.,
// Table 11-1 (oxygen purity y against hydrocarbon level x) and the Minitab output of
// Table 11-2: fit 89.231, 95 % PI (86.830, 91.632) at x = 1.00; S = 1.087, coefficients 74.283 and 14.947.
export const HYDROCARBON = [0.99, 1.02, 1.15, 1.29, 1.46, 1.36, 0.87, 1.23, 1.55, 1.4, 1.19, 1.15, 0.98, 1.01, 1.11, 1.2, 1.26, 1.32, 1.43, 0.95];
export const PURITY = [90.01, 89.05, 91.43, 93.74, 96.73, 94.45, 87.59, 91.77, 99.42, 93.65, 93.54, 92.52, 90.56, 89.54, 89.85, 90.39, 93.25, 93.41, 94.98, 87.33];
