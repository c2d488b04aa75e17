/**
 * Image geometry shared by the profile checks and the kit: how a platform
 * shows an image (scaled to cover its canvas, then centre-cropped) and
 * where a centred safe zone falls in the image's own pixels. Private to the
 * module.
 *
 * @module
 */
import type { PixelSize } from '../core/index.js';

/** A rectangle in pixels, from the top left corner. */
export interface Rect {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** How far two ratios may differ and still count as one (±2 %). */
export const RATIO_TOLERANCE = 0.02;

/**
 * Whether two aspect ratios are within ±2 % of each other.
 *
 * @param a - a ratio (width ÷ height)
 * @param b - another
 * @returns true when |a ÷ b − 1| ≤ 2 %
 */
export function sameRatio(a: number, b: number): boolean {
  return Math.abs(a / b - 1) <= RATIO_TOLERANCE + 1e-12;
}

/**
 * The area of an image a platform shows in a centred zone of its canvas:
 * the image is scaled to cover the canvas (scale = max(canvas.w ÷ w,
 * canvas.h ÷ h)) and centre-cropped; the zone, centred in the canvas, is
 * mapped back to the image's pixels.
 *
 * @param image - the image's size
 * @param canvas - the platform's canvas (its recommended size)
 * @param zone - the centred zone, in canvas pixels
 * @returns the zone in the image's pixels
 */
export function zoneInImage(image: PixelSize, canvas: PixelSize, zone: PixelSize): Rect {
  const scale = Math.max(canvas.width / image.width, canvas.height / image.height);
  const width = zone.width / scale;
  const height = zone.height / scale;
  return { x: (image.width - width) / 2, y: (image.height - height) / 2, width, height };
}

/**
 * Whether one rectangle lies inside another (to a thousandth of a pixel).
 *
 * @param inner - the rectangle that must be inside
 * @param outer - the rectangle that must contain it
 * @returns true when `inner` is inside `outer`
 */
export function inside(inner: Rect, outer: Rect): boolean {
  const e = 1e-3;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;
}
