/**
 * Positions ordered by a numeric key, ascending, equal keys in input order: a stable LSD radix
 * sort on the bits of the doubles, so 10,000 values take a few passes over typed arrays rather
 * than a comparator call per comparison; whole-number keys in a small range (rounded indices)
 * take one counting pass. NaN keys are left out. Small inputs use insertion.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function orderByKey(keys: Float64Array): Uint32Array {
  const n = keys.length;
  let m = 0;
  for (let i = 0; i < n; i++) if (keys[i] === keys[i]) m++;
  let order = new Uint32Array(m);
  for (let i = 0, k = 0; i < n; i++) if (keys[i] === keys[i]) order[k++] = i;
  if (m < 64) return insertionOrder(keys, order);
  const counted = countingOrder(keys, order);
  if (counted) return counted;

  // Each double as two 32-bit words whose unsigned order is the numeric order.
  const copy = new Float64Array(m);
  for (let k = 0; k < m; k++) copy[k] = keys[order[k]] + 0; // −0 → 0
  const words = new Uint32Array(copy.buffer);
  let hi = new Uint32Array(m);
  let lo = new Uint32Array(m);
  const H = LITTLE_ENDIAN ? 1 : 0;
  for (let k = 0; k < m; k++) {
    const h = words[2 * k + H];
    const l = words[2 * k + 1 - H];
    const negative = h >>> 31 === 1;
    hi[k] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[k] = negative ? ~l >>> 0 : l;
  }
  let order2 = new Uint32Array(m);
  let hi2 = new Uint32Array(m);
  let lo2 = new Uint32Array(m);
  const count = new Uint32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = (pass % 4) * 8;
    count.fill(0);
    for (let k = 0; k < m; k++) count[(word[k] >>> shift) & 255]++;
    if (count[(word[0] >>> shift) & 255] === m) continue; // every key has this byte
    for (let b = 0, sum = 0; b < 256; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const to = count[(word[k] >>> shift) & 255]++;
      order2[to] = order[k];
      hi2[to] = hi[k];
      lo2[to] = lo[k];
    }
    [order, order2] = [order2, order];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return order;
}

/** Counting sort, when every key is a whole number and their range is at most 4 × their number. */
function countingOrder(
  keys: Float64Array,
  order: Uint32Array,
): Uint32Array | undefined {
  const m = order.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < m; k++) {
    const v = keys[order[k]];
    if (v !== Math.floor(v)) return undefined;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max - min > 4 * m + 1024) return undefined;
  const count = new Uint32Array(max - min + 2);
  for (let k = 0; k < m; k++) count[keys[order[k]] - min + 1]++;
  for (let b = 1; b < count.length; b++) count[b] += count[b - 1];
  const out = new Uint32Array(m);
  for (let k = 0; k < m; k++) out[count[keys[order[k]] - min]++] = order[k];
  return out;
}

function insertionOrder(keys: Float64Array, order: Uint32Array): Uint32Array {
  for (let k = 1; k < order.length; k++) {
    const i = order[k];
    const key = keys[i];
    let j = k - 1;
    while (j >= 0 && keys[order[j]] > key) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = i;
  }
  return order;
}
