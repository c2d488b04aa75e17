/**
 * The budget optimizer's numerical core, private to the module: concave
 * pieces of response curves, the concave water-filling solve (one
 * multiplier λ found by bisection), concave envelopes of S-shaped Hill
 * curves, and the branch-and-bound over which S-shaped channels are on.
 *
 * @module
 */
import { hillMarginal, type HillParams, type ResponseCurve } from './response-curve.js';

/** One channel as the solver sees it: its curve, bounds and inflection point. */
export interface SolverChannel {
  /** The channel's curve. */
  curve: ResponseCurve;
  /** Its least spend (major units). */
  lo: number;
  /** Its greatest spend (major units). */
  hi: number;
  /** Hill with α > 1: the inflection point γ·((α−1)/(α+1))^(1/α); 0 for concave curves. */
  inflection: number;
}

/** A concave piece on [a, b]: slope s on [a, t] (a linear envelope part, when t > a), the curve itself on [t, b]. */
interface Piece {
  ch: SolverChannel;
  a: number;
  t: number;
  b: number;
  s: number;
}

/**
 * Where a curve turns from convex to concave: γ·((α−1)/(α+1))^(1/α) for
 * Hill with α > 1, 0 for the concave curves.
 *
 * @param curve - a response curve
 * @returns the inflection point (major units)
 */
export function inflectionOf(curve: ResponseCurve): number {
  if (curve.kind !== 'hill') return 0;
  const { alpha, gamma } = curve.params as HillParams;
  return alpha > 1 ? gamma * ((alpha - 1) / (alpha + 1)) ** (1 / alpha) : 0;
}

function f(ch: SolverChannel, x: number): number {
  return ch.curve.value(x);
}

function fp(ch: SolverChannel, x: number): number {
  if (ch.curve.kind === 'hill') {
    const { beta, alpha, gamma } = ch.curve.params as { beta: number; alpha: number; gamma: number };
    return hillMarginal(beta, alpha, gamma, x);
  }
  return ch.curve.marginal(x) ?? Number.POSITIVE_INFINITY;
}

// The x in [t, b] where the (decreasing) derivative equals λ, clamped to [t, b].
function inverse(ch: SolverChannel, t: number, b: number, lambda: number): number {
  if (b <= t) return t;
  if (fp(ch, b) >= lambda) return b;
  if (fp(ch, t) <= lambda) return t;
  const c = ch.curve;
  switch (c.kind) {
    case 'michaelisMenten': {
      const { beta, kappa } = c.params as { beta: number; kappa: number };
      return clamp(Math.sqrt((beta * kappa) / lambda) - kappa, t, b);
    }
    case 'logisticSaturation': {
      const { beta, lambda: l } = c.params as { beta: number; lambda: number };
      const q = 1 - (2 * lambda) / (beta * l);
      return clamp(q <= 0 ? t : (2 * Math.atanh(Math.sqrt(q))) / l, t, b);
    }
    case 'tanhSaturation': {
      const { beta, c: cc } = c.params as { beta: number; c: number };
      const q = 1 - cc * lambda;
      return clamp(q <= 0 ? t : beta * cc * Math.atanh(Math.sqrt(q)), t, b);
    }
    case 'hill': {
      const { beta, alpha, gamma } = c.params as { beta: number; alpha: number; gamma: number };
      // In u = ln r, r = (x/γ)^α: φ(u) = (1 − 1/α)u − 2 ln(1 + eᵘ) − ln(λγ/(βα)) is concave and
      // decreasing on the concave branch, so Newton from the right end converges monotonically.
      const k = 1 - 1 / alpha;
      const target = Math.log((lambda * gamma) / (beta * alpha));
      const uLo = alpha * Math.log(Math.max(t, 1e-300) / gamma);
      let u = alpha * Math.log(b / gamma);
      for (let i = 0; i < 100; i += 1) {
        const sig = u > 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
        const soft = u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
        const phi = k * u - 2 * soft - target;
        const d = k - 2 * sig;
        if (!(d < 0)) break;
        const next = u - phi / d;
        if (!(next < u) || u - next < 1e-15 * Math.max(1, Math.abs(u))) {
          u = Math.min(u, Math.max(next, uLo));
          break;
        }
        u = Math.max(next, uLo);
      }
      return clamp(gamma * Math.exp(u / alpha), t, b);
    }
  }
}

function clamp(x: number, a: number, b: number): number {
  return x < a ? a : x > b ? b : x;
}

// The piece of a channel on [a, b]: the curve itself where it is concave, its concave envelope where it is not.
function piece(ch: SolverChannel, a: number, b: number): Piece {
  if (b <= a) return { ch, a, t: a, b: a, s: 0 };
  if (a >= ch.inflection) return { ch, a, t: a, b, s: 0 };
  const fa = f(ch, a);
  const chord = (x: number): number => (f(ch, x) - fa) / (x - a);
  // Tangent point t ≥ inflection: fp(t) = (f(t) − f(a)) / (t − a); if none on [a, b], the chord to b.
  const g = (x: number): number => fp(ch, x) - chord(x);
  const left = Math.max(ch.inflection, a + (b - a) * 1e-12);
  if (g(b) >= 0) return { ch, a, t: b, b, s: chord(b) };
  let lo = left;
  let hi = b;
  if (g(lo) <= 0) return { ch, a, t: lo, b, s: chord(lo) };
  for (let i = 0; i < 100 && hi - lo > 1e-15 * hi; i += 1) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return { ch, a, t: hi, b, s: chord(hi) };
}

function pieceValue(p: Piece, x: number): number {
  if (p.t > p.a && x <= p.t) return f(p.ch, p.a) + p.s * (x - p.a);
  return f(p.ch, x);
}

function xHigh(p: Piece, lambda: number): number {
  if (p.b <= p.a) return p.a;
  if (p.t > p.a) {
    if (lambda > p.s) return p.a;
    return inverse(p.ch, p.t, p.b, lambda);
  }
  return inverse(p.ch, p.a, p.b, lambda);
}

function xLow(p: Piece, lambda: number): number {
  if (p.b <= p.a) return p.a;
  if (p.t > p.a) {
    if (lambda >= p.s) return p.a;
    return inverse(p.ch, p.t, p.b, lambda);
  }
  return inverse(p.ch, p.a, p.b, lambda);
}

/** The solution of a concave problem: the spends, the relaxed value (of the pieces) and the multiplier λ. */
export interface ConcaveSolution {
  /** The spends. */
  x: number[];
  /** The value of the pieces at the spends. */
  value: number;
  /** The multiplier: the marginal return of the interior channels. */
  lambda: number;
}

// Maximizes Σ pieceᵢ(xᵢ) subject to Σ xᵢ = budget, xᵢ ∈ [aᵢ, bᵢ] (feasible budgets assumed).
function solveConcave(pieces: readonly Piece[], budget: number): ConcaveSolution {
  const n = pieces.length;
  const sumA = pieces.reduce((s, p) => s + p.a, 0);
  const sumB = pieces.reduce((s, p) => s + p.b, 0);
  const at = (xs: number[], lambda: number): ConcaveSolution => ({ x: xs, value: xs.reduce((s, x, i) => s + pieceValue(pieces[i] as Piece, x), 0), lambda });
  if (budget <= sumA) return at(pieces.map((p) => p.a), Number.POSITIVE_INFINITY);
  if (budget >= sumB) return at(pieces.map((p) => p.b), 0);
  const sumHigh = (l: number): number => {
    let s = 0;
    for (const p of pieces) s += xHigh(p, l);
    return s;
  };
  // Bracket λ by the pieces' marginal returns at their ends, then bisect (in logs, then linearly).
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const p of pieces) {
    if (p.b <= p.a) continue;
    lo = Math.min(lo, fp(p.ch, p.b));
    hi = Math.max(hi, p.t > p.a ? p.s : fp(p.ch, p.a));
  }
  lo = Number.isFinite(lo) && lo > 0 ? lo / 2 : 1e-300;
  hi = Number.isFinite(hi) && hi > 0 ? hi * 2 : 1e300;
  if (!(lo < hi)) lo = hi / 4;
  for (let i = 0; i < 300 && hi > lo * (1 + 2e-16); i += 1) {
    const mid = hi > lo * 1.5 ? Math.sqrt(lo) * Math.sqrt(hi) : (lo + hi) / 2;
    if (!(mid > lo && mid < hi)) break;
    if (sumHigh(mid) >= budget) lo = mid;
    else hi = mid;
  }
  const base = pieces.map((p) => xLow(p, hi));
  const top = pieces.map((p) => xHigh(p, lo));
  let residual = budget - base.reduce((s, x) => s + x, 0);
  const room = top.map((x, i) => Math.max(0, x - (base[i] as number)));
  const totalRoom = room.reduce((s, r) => s + r, 0);
  const xs = base.slice();
  if (residual > 0 && totalRoom > 0) {
    const share = Math.min(1, residual / totalRoom);
    for (let i = 0; i < n; i += 1) xs[i] = (xs[i] as number) + (room[i] as number) * share;
  }
  // Close the last rounding gap on an interior channel (keeps Σx = budget to the last bit).
  residual = budget - xs.reduce((s, x) => s + x, 0);
  if (residual !== 0) {
    for (let i = 0; i < n && residual !== 0; i += 1) {
      const p = pieces[i] as Piece;
      const v = xs[i] as number;
      const next = clamp(v + residual, p.a, p.b);
      residual -= next - v;
      xs[i] = next;
    }
  }
  return at(xs, Math.sqrt(lo) * Math.sqrt(hi));
}

/** What the optimizer returns: the spends, the true value, the multiplier, the nodes explored and the gap. */
export interface SolverResult {
  /** The spends. */
  x: number[];
  /** Their true value Σ fᵢ(xᵢ). */
  value: number;
  /** The multiplier at the optimum. */
  lambda: number;
  /** Nodes explored. */
  nodes: number;
  /** (upper − value) / upper when stopped by the node budget, else 0. */
  gap: number;
}

type State = 'free' | 'on' | 'off';

interface Node {
  states: State[];
  bound: number;
}

/**
 * Maximizes Σ fᵢ(xᵢ) subject to Σ xᵢ = budget, loᵢ ≤ xᵢ ≤ hiᵢ. Concave
 * curves: one water-filling solve. S-shaped Hill channels (loᵢ below the
 * inflection): branch and bound over each one being off (on the convex
 * part, relaxed by its chord) or on (on the concave part), each node bounded
 * by the concave envelopes of the undecided channels; at a leaf, the exact
 * optimum is the concave solve with the off channels at their minimum, or
 * one off channel inside its convex part (the only local optima with one
 * budget constraint), found by a 1-D search. Stops when no open node can
 * beat the incumbent (gap 0: the global optimum) or after `maxNodes`.
 *
 * @param channels - the channels, with their bounds and inflection points
 * @param budget - the spend to split (major units), within Σlo … Σhi
 * @param maxNodes - the node budget
 * @returns the best split found, its value, multiplier, nodes and gap
 */
export function solve(channels: readonly SolverChannel[], budget: number, maxNodes: number): SolverResult {
  const n = channels.length;
  const binary = channels.map((c) => c.inflection > c.lo && c.inflection < c.hi);
  const groups = channels.map((c) => `${c.curve.kind}:${JSON.stringify(c.curve.params)}:${c.lo}:${c.hi}`);
  const trueValue = (xs: readonly number[]): number => xs.reduce((s, x, i) => s + f(channels[i] as SolverChannel, x), 0);
  const pieceOf = (i: number, st: State): Piece => {
    const c = channels[i] as SolverChannel;
    if (!binary[i]) return piece(c, c.lo, c.hi);
    if (st === 'on') return piece(c, Math.max(c.lo, c.inflection), c.hi);
    if (st === 'off') return piece(c, c.lo, Math.min(c.inflection, c.hi));
    return piece(c, c.lo, c.hi);
  };
  // Feasibility of a node: its domains must hold the budget.
  const domainOf = (i: number, st: State): [number, number] => {
    const c = channels[i] as SolverChannel;
    if (!binary[i] || st === 'free') return [c.lo, c.hi];
    return st === 'on' ? [Math.max(c.lo, c.inflection), c.hi] : [c.lo, Math.min(c.inflection, c.hi)];
  };
  const feasible = (states: readonly State[]): boolean => {
    let a = 0;
    let b = 0;
    states.forEach((st, i) => {
      const [lo, hi] = domainOf(i, st);
      a += lo;
      b += hi;
    });
    return a <= budget * (1 + 1e-15) + 1e-300 && b >= budget * (1 - 1e-15);
  };
  let best: { x: number[]; value: number; lambda: number } = { x: [], value: Number.NEGATIVE_INFINITY, lambda: 0 };
  const offer = (x: number[], lambda: number): void => {
    const v = trueValue(x);
    if (v > best.value) best = { x, value: v, lambda };
  };
  const relax = (states: readonly State[]): ConcaveSolution => solveConcave(states.map((st, i) => pieceOf(i, st)), budget);
  // A leaf's exact optimum: off channels at their minimum, or one of them inside its convex part.
  const leaf = (states: readonly State[]): void => {
    const offs = states.map((st, i) => (binary[i] && st === 'off' ? i : -1)).filter((i) => i >= 0);
    const fixedOff = (except: number): Piece[] =>
      states.map((st, i) => {
        const c = channels[i] as SolverChannel;
        if (binary[i] && st === 'off' && i !== except) return { ch: c, a: c.lo, t: c.lo, b: c.lo, s: 0 };
        return pieceOf(i, st);
      });
    const base = fixedOff(-1);
    if (feasibleFixed(base, budget)) {
      const s = solveConcave(base, budget);
      offer(s.x, s.lambda);
    }
    const tried = new Set<string>();
    for (const j of offs) {
      const cj = channels[j] as SolverChannel;
      // Identical channels give the same candidates: search one of them.
      const key = groups[j] as string;
      if (tried.has(key)) continue;
      tried.add(key);
      const pieces = fixedOff(j);
      if (!feasibleFixed(pieces, budget)) continue;
      const ub = solveConcave(pieces, budget);
      if (ub.value <= best.value * (1 + 1e-12)) continue;
      const others = pieces.map((p, i) => (i === j ? null : p)).filter((p): p is Piece => p !== null);
      const lo = cj.lo;
      const hi = Math.min(cj.inflection, cj.hi);
      const othersA = others.reduce((s, p) => s + p.a, 0);
      const othersB = others.reduce((s, p) => s + p.b, 0);
      const from = Math.max(lo, budget - othersB);
      const to = Math.min(hi, budget - othersA);
      if (!(to >= from)) continue;
      const phi = (xj: number): { v: number; sol: ConcaveSolution } => {
        const sol = solveConcave(others, budget - xj);
        return { v: sol.value + f(cj, xj), sol };
      };
      const assemble = (xj: number, sol: ConcaveSolution): number[] => {
        const xs: number[] = [];
        let k = 0;
        for (let i = 0; i < n; i += 1) xs.push(i === j ? xj : (sol.x[k++] as number));
        return xs;
      };
      const steps = 24;
      let bestK = 0;
      let bestV = Number.NEGATIVE_INFINITY;
      const grid: number[] = [];
      for (let k = 0; k <= steps; k += 1) {
        const xj = from + ((to - from) * k) / steps;
        grid.push(xj);
        const r = phi(xj);
        if (r.v > bestV) {
          bestV = r.v;
          bestK = k;
        }
      }
      let a = grid[Math.max(0, bestK - 1)] as number;
      let b = grid[Math.min(steps, bestK + 1)] as number;
      const gr = (Math.sqrt(5) - 1) / 2;
      let c = b - gr * (b - a);
      let d = a + gr * (b - a);
      let fc = phi(c).v;
      let fd = phi(d).v;
      for (let it = 0; it < 60 && b - a > 1e-13 * Math.max(1, b); it += 1) {
        if (fc >= fd) {
          b = d;
          d = c;
          fd = fc;
          c = b - gr * (b - a);
          fc = phi(c).v;
        } else {
          a = c;
          c = d;
          fc = fd;
          d = a + gr * (b - a);
          fd = phi(d).v;
        }
      }
      for (const xj of [grid[bestK] as number, (a + b) / 2]) {
        const r = phi(xj);
        offer(assemble(xj, r.sol), fp(cj, xj));
      }
    }
  };
  const rootStates: State[] = channels.map(() => 'free');
  if (!binary.some(Boolean)) {
    const s = relax(rootStates);
    return { x: s.x, value: trueValue(s.x), lambda: s.lambda, nodes: 1, gap: 0 };
  }
  const heap: Node[] = [];
  const push = (node: Node): void => {
    heap.push(node);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as Node).bound >= node.bound) break;
      heap[i] = heap[parent] as Node;
      i = parent;
    }
    heap[i] = node;
  };
  const pop = (): Node | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && (heap[l] as Node).bound > (m === i ? last.bound : (heap[m] as Node).bound)) m = l;
        if (r < heap.length && (heap[r] as Node).bound > (m === i ? last.bound : (heap[m] as Node).bound)) m = r;
        if (m === i) break;
        heap[i] = heap[m] as Node;
        i = m;
      }
      heap[i] = last;
    }
    return top;
  };
  let nodes = 0;
  const expand = (states: State[]): void => {
    nodes += 1;
    const r = relax(states);
    offer(r.x, r.lambda);
    // A quick incumbent: decide the undecided channels from the relaxed spends.
    const rounded = states.map((st, i) => (st !== 'free' || !binary[i] ? st : (r.x[i] as number) > (channels[i] as SolverChannel).inflection ? 'on' : 'off'));
    if (feasible(rounded)) leafCheap(rounded);
    if (r.value <= best.value * (1 + 1e-12) + 1e-300) return;
    let pick = -1;
    let widest = -1;
    states.forEach((st, i) => {
      if (st !== 'free' || !binary[i]) return;
      const c = channels[i] as SolverChannel;
      const p = piece(c, c.lo, c.hi);
      const gapI = pieceValue(p, r.x[i] as number) - f(c, r.x[i] as number);
      if (gapI > widest) {
        widest = gapI;
        pick = i;
      }
    });
    if (pick < 0) {
      leaf(states);
      return;
    }
    // Symmetry: identical channels are interchangeable, so branch on the first undecided one of its
    // group, and let it be on only if no earlier one of the group is off (on's first, then off's).
    const group = groups[pick];
    const first = states.findIndex((st, i) => st === 'free' && groups[i] === group);
    if (first >= 0) pick = first;
    const earlierOff = states.some((st, i) => i < pick && groups[i] === group && st === 'off');
    for (const st of ['on', 'off'] as const) {
      if (st === 'on' && earlierOff) continue;
      const child = states.slice();
      child[pick] = st;
      if (!feasible(child)) continue;
      push({ states: child, bound: relax(child).value });
    }
  };
  const leafCheap = (states: readonly State[]): void => {
    const pieces = states.map((st, i) => {
      const c = channels[i] as SolverChannel;
      if (binary[i] && st === 'off') return { ch: c, a: c.lo, t: c.lo, b: c.lo, s: 0 };
      return pieceOf(i, st);
    });
    if (feasibleFixed(pieces, budget)) {
      const s = solveConcave(pieces, budget);
      offer(s.x, s.lambda);
    }
  };
  push({ states: rootStates, bound: Number.POSITIVE_INFINITY });
  let open = Number.NEGATIVE_INFINITY;
  while (heap.length > 0) {
    const node = heap[0] as Node;
    if (node.bound <= best.value * (1 + 1e-12) + 1e-300) break;
    if (nodes >= maxNodes) {
      open = node.bound;
      break;
    }
    pop();
    expand(node.states);
  }
  const upper = Math.max(open, best.value);
  const gap = upper > 0 && Number.isFinite(upper) ? Math.max(0, (upper - best.value) / upper) : 0;
  return { x: best.x, value: best.value, lambda: best.lambda, nodes, gap };
}

function feasibleFixed(pieces: readonly Piece[], budget: number): boolean {
  const a = pieces.reduce((s, p) => s + p.a, 0);
  const b = pieces.reduce((s, p) => s + p.b, 0);
  return a <= budget * (1 + 1e-15) + 1e-300 && b >= budget * (1 - 1e-15);
}
