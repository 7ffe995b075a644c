export const id = 484;
export const ids = [484];
export const modules = {

/***/ 80484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/report/describe-age.ts
/** How old a baseline is, in the unit a reader thinks in: "40 s", "12 min", "5 h", "3 days". */
function describeAge(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    return `${Math.floor(hours / 24)} days`;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var lib = __webpack_require__(72484);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var stats_base_dists_normal_quantile_lib = __webpack_require__(86060);
var stats_base_dists_normal_quantile_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_quantile_lib);
;// CONCATENATED MODULE: ./src/compare/normal.ts
/**
 * The standard normal CDF and quantile, from @stdlib rather than hand-rolled:
 * p-values in the far tail need an erfc that is accurate to the last digits,
 * which the library's implementations are tested for.
 */


/** P(Z ≤ z) for a standard normal Z. */
function pnorm(z) {
    return lib_default()(z, 0, 1);
}
/** P(Z > z), computed as Φ(−z) so that small upper tails keep their precision. */
function pnormUpper(z) {
    return lib_default()(-z, 0, 1);
}
/** The z with P(Z ≤ z) = p. */
function qnorm(p) {
    return stats_base_dists_normal_quantile_lib_default()(p, 0, 1);
}

;// CONCATENATED MODULE: ./src/compare/count-tests.ts

function assertProportion(name, s) {
    const ok = Number.isInteger(s.events) && Number.isInteger(s.trials) && s.trials > 0;
    if (!ok || s.events < 0 || s.events > s.trials) {
        throw new RangeError(`${name} must have whole counts with 0 ≤ events ≤ trials and trials > 0`);
    }
}
/** Wilson score interval of one proportion (R's `prop.test(x, n, correct = FALSE)$conf.int`). */
function wilsonInterval(events, trials, z) {
    const p = events / trials;
    const z2 = z * z;
    const centre = p + z2 / (2 * trials);
    const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
    const denominator = 1 + z2 / trials;
    return {
        lower: Math.max(0, (centre - spread) / denominator),
        upper: Math.min(1, (centre + spread) / denominator),
    };
}
function compareProportions(canary, baseline, options = {}) {
    assertProportion('canary', canary);
    assertProportion('baseline', baseline);
    const confidence = options.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must lie between 0 and 1, got ${confidence}`);
    const p1 = canary.events / canary.trials;
    const p2 = baseline.events / baseline.trials;
    const difference = p1 - p2;
    const zq = -qnorm((1 - confidence) / 2);
    const w1 = wilsonInterval(canary.events, canary.trials, zq);
    const w2 = wilsonInterval(baseline.events, baseline.trials, zq);
    const lower = difference - Math.hypot(p1 - w1.lower, w2.upper - p2);
    const upper = difference + Math.hypot(w1.upper - p1, p2 - w2.lower);
    const pooled = (canary.events + baseline.events) / (canary.trials + baseline.trials);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.trials + 1 / baseline.trials));
    // No event on either side (or only events): nothing tells the two apart.
    const z = se > 0 ? difference / se : 0;
    const alternative = options.alternative ?? 'two-sided';
    const pValue = alternative === 'less'
        ? pnorm(z)
        : alternative === 'greater'
            ? pnormUpper(z)
            : Math.min(1, 2 * pnormUpper(Math.abs(z)));
    return { canaryRate: p1, baselineRate: p2, difference, lower, upper, z, pValue, confidence };
}
/**
 * Per-interval rates (count ÷ interval length in seconds), the throughput
 * series the rank-sum judge compares.
 */
function intervalRates(counts, intervalSeconds = 1) {
    if (!(intervalSeconds > 0))
        throw new RangeError(`intervalSeconds must be positive, got ${intervalSeconds}`);
    return counts.map((count) => count / intervalSeconds);
}

;// CONCATENATED MODULE: ./src/compare/extremes.ts
/** Smallest and largest of a sample, by a loop: spreading a long series into Math.min overflows the stack. */
function extremes(values) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return { min, max };
}

;// CONCATENATED MODULE: ./src/compare/rank.ts
/**
 * Mid-ranks of a pooled sample, as R's `rank(ties.method = "average")`.
 *
 * The rank-sum test and the shift interval both need the ranks and the tie
 * term Σ(t³ − t) over groups of equal values: the term shrinks the variance of
 * the rank sum, so leaving it out would make a tied sample look more certain
 * than it is.
 */
function rankWithTies(values) {
    const n = values.length;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(n);
    let tieTerm = 0;
    let start = 0;
    while (start < n) {
        let end = start + 1;
        const value = values[order[start]];
        while (end < n && values[order[end]] === value)
            end++;
        // Positions start..end-1 hold ranks start+1..end: their mean.
        const meanRank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k]] = meanRank;
        const t = end - start;
        tieTerm += t * t * t - t;
        start = end;
    }
    return { ranks, tieTerm };
}

;// CONCATENATED MODULE: ./src/compare/rank-sum-distribution.ts
/**
 * The exact null distribution of the Mann-Whitney U statistic (R's `dwilcox`,
 * `pwilcox`, `qwilcox`), used when both samples are small and untied.
 *
 * The counts are built by adding one pooled position at a time, so every step
 * is a sum of non-negative numbers: no cancellation, and the small tail counts
 * that p-values depend on stay exact. Cost is O(N·n·nm) for N = n + m, about
 * 12 million additions at the largest exact size (49 × 49).
 */
const cache = new Map();
const CACHE_LIMIT = 16;
/**
 * counts[u] = number of ways to place the n x-values among n + m positions so
 * that U = u (U = Σ ranks of x − n(n+1)/2 = number of (x, y) pairs with x > y).
 */
function rankSumCounts(n, m) {
    const small = Math.min(n, m);
    const large = Math.max(n, m);
    const key = `${small}x${large}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    const maxU = small * large;
    // poly[k][u]: ways to choose k of the positions seen so far with partial U = u.
    const poly = Array.from({ length: small + 1 }, () => new Float64Array(maxU + 1));
    poly[0][0] = 1;
    for (let j = 1; j <= small + large; j++) {
        for (let k = Math.min(j, small); k >= 1; k--) {
            // The k-th chosen value at position j has j − k of the others below it.
            const shift = j - k;
            if (shift > large)
                continue;
            const from = poly[k - 1];
            const to = poly[k];
            for (let u = maxU - shift; u >= 0; u--) {
                const ways = from[u];
                if (ways !== 0)
                    to[u + shift] = to[u + shift] + ways;
            }
        }
    }
    const counts = poly[small];
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, counts);
    return counts;
}
function total(counts) {
    let sum = 0;
    for (const c of counts)
        sum += c;
    return sum;
}
/** P(U ≤ q) (lowerTail) or P(U > q), summing over the shorter side as R does. */
function rankSumCdf(q, n, m, lowerTail = true) {
    const nm = n * m;
    q = Math.floor(q + 1e-7);
    if (q < 0)
        return lowerTail ? 0 : 1;
    if (q >= nm)
        return lowerTail ? 1 : 0;
    const counts = rankSumCounts(n, m);
    const c = total(counts);
    let p = 0;
    if (q <= nm / 2) {
        for (let i = 0; i <= q; i++)
            p += counts[i] / c;
        return lowerTail ? p : 1 - p;
    }
    // By symmetry P(U > q) = P(U < nm − q).
    for (let i = 0; i < nm - q; i++)
        p += counts[i] / c;
    return lowerTail ? 1 - p : p;
}
/** Smallest q with P(U ≤ q) ≥ p, with R's 10·ε fuzz so round p-values land as R's. */
function rankSumQuantile(p, n, m) {
    const counts = rankSumCounts(n, m);
    const c = total(counts);
    let cumulative = 0;
    let q = 0;
    if (p <= 0.5) {
        const target = p - 10 * 2 ** -52;
        for (;;) {
            cumulative += counts[q] / c;
            if (cumulative >= target)
                return q;
            q++;
        }
    }
    const target = 1 - p + 10 * 2 ** -52;
    for (;;) {
        cumulative += counts[q] / c;
        if (cumulative > target)
            return n * m - q;
        q++;
    }
}

;// CONCATENATED MODULE: ./src/compare/mann-whitney.ts
/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of two independent samples, as
 * R's `wilcox.test(x, y, correct = TRUE)`.
 *
 * Used on per-interval values (e.g. each second's p95) because those are
 * neither normal nor of equal variance between a canary and its baseline, and
 * a rank test only asks whether one tends to exceed the other. R's choices are
 * kept so figures can be checked against it: the exact distribution when both
 * samples have fewer than 50 values and no value repeats; otherwise the normal
 * approximation with the tie-corrected variance and a continuity correction.
 */



/** R's default: exact when both samples are under 50 values. */
const EXACT_LIMIT = 50;
function assertSample(name, values) {
    if (values.length === 0)
        throw new RangeError(`${name} is empty`);
    if (!values.every(Number.isFinite))
        throw new RangeError(`${name} holds a value that is not a finite number`);
}
/** Whether the exact distribution applies, as R decides it. */
function usesExact(n, m, ties, exact) {
    return (exact ?? (n < EXACT_LIMIT && m < EXACT_LIMIT)) && !ties;
}
function mannWhitney(x, y, options = {}) {
    assertSample('x', x);
    assertSample('y', y);
    const alternative = options.alternative ?? 'two-sided';
    const n = x.length;
    const m = y.length;
    const { ranks, tieTerm } = rankWithTies([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < n; i++)
        rankSumX += ranks[i];
    const u = rankSumX - (n * (n + 1)) / 2;
    const ties = tieTerm > 0;
    if (usesExact(n, m, ties, options.exact)) {
        return { u, pValue: exactPValue(u, n, m, alternative), method: 'exact', ties, n, m };
    }
    const centred = u - (n * m) / 2;
    const sigma = rankSumSigma(n, m, tieTerm);
    const correction = options.correct === false ? 0 : continuityCorrection(centred, alternative);
    const z = (centred - correction) / sigma;
    return { u, pValue: normalPValue(z, alternative), method: 'normal', z, ties, n, m };
}
/** Standard deviation of U under the null, reduced for ties. */
function rankSumSigma(n, m, tieTerm) {
    return Math.sqrt(((n * m) / 12) * (n + m + 1 - tieTerm / ((n + m) * (n + m - 1))));
}
/** Half a step toward the null, in the direction the alternative looks (R's CORRECTION). */
function continuityCorrection(centred, alternative) {
    if (alternative === 'greater')
        return 0.5;
    if (alternative === 'less')
        return -0.5;
    return Math.sign(centred) * 0.5;
}
function exactPValue(u, n, m, alternative) {
    if (alternative === 'greater')
        return rankSumCdf(u - 1, n, m, false);
    if (alternative === 'less')
        return rankSumCdf(u, n, m);
    const p = u > (n * m) / 2 ? rankSumCdf(u - 1, n, m, false) : rankSumCdf(u, n, m);
    return Math.min(2 * p, 1);
}
function normalPValue(z, alternative) {
    if (alternative === 'less')
        return pnorm(z);
    if (alternative === 'greater')
        return pnormUpper(z);
    return 2 * Math.min(pnorm(z), pnormUpper(z));
}

;// CONCATENATED MODULE: ./src/compare/zeroin.ts
/**
 * Brent's root finder, step for step as R's `uniroot` (R_zeroin2 in
 * src/library/stats/src/zeroin.c).
 *
 * The shift interval's normal approximation is found by root-finding a step
 * function; on a step function the root returned depends on the exact sequence
 * of trial points, so the sequence is reproduced rather than any root-finder
 * used, which keeps results equal to R's `wilcox.test(conf.int = TRUE)`.
 */
const EPSILON = 2 ** -52;
/**
 * A root of `f` in [lower, upper], given f(lower) and f(upper) of opposite
 * signs, to within `tol` (absolute). Returns the last approximation when
 * `maxIter` steps do not suffice, as R does without `check.conv`.
 */
function findRoot(f, lower, upper, fLower, fUpper, tol, maxIter = 1000) {
    let a = lower;
    let b = upper;
    let fa = fLower;
    let fb = fUpper;
    let c = a;
    let fc = fa;
    if (fa === 0)
        return a;
    if (fb === 0)
        return b;
    for (let iter = 0; iter <= maxIter; iter++) {
        const prevStep = b - a;
        if (Math.abs(fc) < Math.abs(fb)) {
            // Keep b the best approximation so far.
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
        let newStep = (c - b) / 2;
        if (Math.abs(newStep) <= tolAct || fb === 0)
            return b;
        if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
            const cb = c - b;
            let p;
            let q;
            if (a === c) {
                // Two distinct points: linear interpolation.
                const t1 = fb / fa;
                p = cb * t1;
                q = 1 - t1;
            }
            else {
                // Inverse quadratic interpolation.
                const qa = fa / fc;
                const t1 = fb / fc;
                const t2 = fb / fa;
                p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1));
                q = (qa - 1) * (t1 - 1) * (t2 - 1);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2)) {
                newStep = p / q;
            }
        }
        if (Math.abs(newStep) < tolAct)
            newStep = newStep > 0 ? tolAct : -tolAct;
        a = b;
        fa = fb;
        b += newStep;
        fb = f(b);
        if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
            // Keep c on the other side of the root from b.
            c = a;
            fc = fa;
        }
    }
    return b;
}

;// CONCATENATED MODULE: ./src/compare/hodges-lehmann.ts
/**
 * The Hodges-Lehmann shift between two samples and its confidence interval,
 * as R's `wilcox.test(x, y, conf.int = TRUE)`.
 *
 * The shift is the median of all pairwise differences xᵢ − yⱼ: robust to the
 * heavy tails of latency, and it is the shift the rank-sum test inverts, so
 * the interval and the test's p-value always agree. Two ways, as R:
 * - exact (both samples under 50 values, no ties): the interval's ends are
 *   order statistics of the n·m sorted differences, picked by the quantiles of
 *   the exact U distribution. At most 49 × 49 differences are formed.
 * - normal: the ends are the shifts d at which the standardised rank sum of
 *   (x − d) against y, with tie-corrected variance and continuity correction,
 *   equals ±z; found by Brent's method on that step function with R's
 *   tolerance (1e-4, absolute), and the estimate as the shift where it is 0.
 *   Each trial ranks n + m values, so the cost is O(k·(n+m)·log(n+m)) for
 *   k ≈ 40 trials: no n·m pairwise differences, whatever the sample sizes.
 */






/** R's `tol.root`. */
const ROOT_TOLERANCE = 1e-4;
function hodgesLehmann(x, y, options = {}) {
    assertSample('x', x);
    assertSample('y', y);
    const confidence = options.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must lie between 0 and 1, got ${confidence}`);
    const alternative = options.alternative ?? 'two-sided';
    const { tieTerm } = rankWithTies([...x, ...y]);
    if (usesExact(x.length, y.length, tieTerm > 0, options.exact))
        return exactShift(x, y, confidence, alternative);
    return normalShift(x, y, confidence, alternative, options.correct !== false);
}
function exactShift(x, y, confidence, alternative) {
    const n = x.length;
    const m = y.length;
    const diffs = new Float64Array(n * m);
    let k = 0;
    for (const xi of x)
        for (const yj of y)
            diffs[k++] = xi - yj;
    diffs.sort();
    const alpha = 1 - confidence;
    // R indexes from 1: diffs[q] there is diffs[q − 1] here.
    const at = (q) => diffs[q - 1];
    let qu = rankSumQuantile(alternative === 'two-sided' ? alpha / 2 : alpha, n, m);
    if (qu === 0)
        qu = 1;
    const ql = n * m - qu;
    const tail = rankSumCdf(Math.trunc(qu) - 1, n, m);
    const achievedAlpha = alternative === 'two-sided' ? 2 * tail : tail;
    const lower = alternative === 'less' ? -Infinity : at(qu);
    const upper = alternative === 'greater' ? Infinity : at(ql + 1);
    return {
        estimate: median(diffs),
        lower,
        upper,
        confidence: achievedAlpha - alpha > alpha / 2 ? 1 - achievedAlpha : confidence,
        method: 'exact',
    };
}
function median(sorted) {
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
function normalShift(x, y, confidence, alternative, correct) {
    const n = x.length;
    const m = y.length;
    const ex = extremes(x);
    const ey = extremes(y);
    const mumin = ex.min - ey.max;
    const mumax = ex.max - ey.min;
    if (mumin === mumax) {
        // Both samples constant: the shift is known exactly (R stops here with an error).
        return { estimate: mumin, lower: mumin, upper: mumin, confidence, method: 'normal' };
    }
    const pooled = new Float64Array(n + m);
    for (let j = 0; j < m; j++)
        pooled[n + j] = y[j];
    /** Standardised rank sum of x − d against y. */
    const standardised = (d, withCorrection) => {
        for (let i = 0; i < n; i++)
            pooled[i] = x[i] - d;
        const { ranks, tieTerm } = rankWithTies(pooled);
        let rankSumX = 0;
        for (let i = 0; i < n; i++)
            rankSumX += ranks[i];
        const dz = rankSumX - (n * (n + 1)) / 2 - (n * m) / 2;
        const correction = withCorrection ? continuityCorrection(dz, alternative) : 0;
        return (dz - correction) / rankSumSigma(n, m, tieTerm);
    };
    const atMin = standardised(mumin, correct);
    const atMax = standardised(mumax, correct);
    const root = (zq) => {
        const fLower = atMin - zq;
        if (fLower <= 0)
            return mumin;
        const fUpper = atMax - zq;
        if (fUpper >= 0)
            return mumax;
        return findRoot((d) => standardised(d, correct) - zq, mumin, mumax, fLower, fUpper, ROOT_TOLERANCE);
    };
    const alpha = 1 - confidence;
    // Upper quantiles as −Φ⁻¹(α), not Φ⁻¹(1 − α), which loses digits to rounding.
    let lower = -Infinity;
    let upper = Infinity;
    if (alternative === 'two-sided') {
        lower = root(-qnorm(alpha / 2));
        upper = root(qnorm(alpha / 2));
    }
    else if (alternative === 'greater') {
        lower = root(-qnorm(alpha));
    }
    else {
        upper = root(qnorm(alpha));
    }
    // The estimate, as R's, without the continuity correction.
    const f = (d) => standardised(d, false);
    const estimate = findRoot(f, mumin, mumax, f(mumin), f(mumax), ROOT_TOLERANCE);
    return { estimate, lower, upper, confidence, method: 'normal' };
}

;// CONCATENATED MODULE: ./src/compare/measure-shift.ts
/**
 * The canary-minus-baseline shift of one relative threshold, in the space it
 * is judged in, with its interval and p-value.
 *
 * - `baseline * k` on per-interval values: both series are log-transformed, so
 *   the Hodges-Lehmann shift is a log-ratio and the tolerance is log k. A ratio
 *   is what "10 % slower" means, and the log makes a multiplicative change an
 *   additive shift, which is what the rank-sum interval estimates. Values of 0
 *   (an idle second) are set to half the smallest positive value so the log is
 *   finite; the rank test is unchanged by that since the order is kept.
 * - `baseline + d` on per-interval values: the shift itself, tolerance d.
 * - proportions: the difference of rates with Newcombe's interval; a
 *   `baseline * k` bound becomes the difference (k − 1) · baseline rate,
 *   treating the baseline's rate as known (with a baseline of 0 errors nothing
 *   but 0 passes: write `baseline + d` for error rates).
 */




function logValues(values, floor) {
    return values.map((v) => Math.log(v > 0 ? v : floor));
}
function boundIn(space, bound, baselineRate) {
    if (bound.form === 'difference')
        return bound.delta;
    if (space === 'log')
        return Math.log(bound.factor);
    return (bound.factor - 1) * (baselineRate ?? 0);
}
function measureShift(threshold, confidence) {
    const { data, tolerance, marginal } = threshold;
    if (data.kind === 'proportion') {
        const c = compareProportions(data.canary, data.baseline, { confidence });
        return {
            space: 'linear',
            estimate: c.difference,
            lower: c.lower,
            upper: c.upper,
            tolerance: boundIn('linear', tolerance, c.baselineRate),
            ...(marginal ? { marginal: boundIn('linear', marginal, c.baselineRate) } : {}),
            pValue: c.pValue,
            confidence,
            method: 'two-proportion score',
        };
    }
    const space = tolerance.form === 'ratio' ? 'log' : 'linear';
    let x = data.canary;
    let y = data.baseline;
    if (space === 'log') {
        const smallest = extremes([...x, ...y].filter((v) => v > 0)).min;
        const floor = Number.isFinite(smallest) ? smallest / 2 : 1;
        x = logValues(x, floor);
        y = logValues(y, floor);
    }
    const test = mannWhitney(x, y);
    const shift = hodgesLehmann(x, y, { confidence });
    return {
        space,
        estimate: shift.estimate,
        lower: shift.lower,
        upper: shift.upper,
        tolerance: boundIn(space, tolerance),
        ...(marginal ? { marginal: boundIn(space, marginal) } : {}),
        pValue: test.pValue,
        confidence: shift.confidence,
        method: test.method === 'exact' ? 'rank-sum exact' : 'rank-sum normal',
    };
}

;// CONCATENATED MODULE: ./src/compare/judge-explanation.ts
function signed(text, v) {
    return v > 0 ? `+${text}` : text;
}
/** The number alone and the unit that follows it ("%", "pp", "ms" or none). */
function formatter(j, threshold) {
    if (j.form === 'ratio')
        return { num: (v) => signed((v * 100).toFixed(1), v), unit: ' %' };
    if (threshold.data.kind === 'proportion')
        return { num: (v) => signed((v * 100).toFixed(2), v), unit: ' pp' };
    return {
        num: (v) => signed(String(Number(v.toPrecision(3))), v),
        unit: threshold.unit ? ` ${threshold.unit}` : '',
    };
}
function formatP(p) {
    return p < 0.0001 ? 'p < 0.0001' : `p = ${Number(p.toPrecision(2))}`;
}
function formatFactor(f) {
    return f >= 10 ? f.toFixed(0) : f.toFixed(1);
}
function explainJudgement(j, rule, threshold, minimum = 0) {
    const unitName = threshold.data.kind === 'proportion' ? 'requests' : 'intervals';
    if (rule === 'too-few') {
        return `too few ${unitName} to compare: canary ${j.canarySize}, baseline ${j.baselineSize} (at least ${minimum} each)`;
    }
    const { num, unit } = formatter(j, threshold);
    const f = (v) => `${num(v)}${unit}`;
    const op = threshold.operator;
    const head = `canary ${f(j.estimate)} (${num(j.lower)} to ${f(j.upper)}) against the baseline`;
    const tolerance = `the tolerance (${op} ${f(j.tolerance)})`;
    const marginal = j.marginal === undefined ? tolerance : `the marginal bound (${op} ${f(j.marginal)})`;
    switch (rule) {
        case 'within':
            return `${head}: the whole ${Math.round(j.confidence * 100)} % interval is within ${tolerance}`;
        case 'interval-beyond':
            return `${head}: the whole interval is beyond ${marginal}`;
        case 'significant-beyond':
            return `${head}: a significant change (${formatP(j.pValue)}) beyond ${marginal}`;
        case 'interval-in-band':
            return `${head}: the whole interval is beyond ${tolerance}, not beyond ${marginal}`;
        case 'significant-in-band':
            return `${head}: a significant change (${formatP(j.pValue)}) beyond ${tolerance}, within ${marginal}`;
        case 'straddles': {
            const hint = j.runLength;
            if (!hint)
                return `${head}: the interval straddles ${tolerance}, and the estimate sits too close to it for a longer run to settle it`;
            const more = hint.additionalSeconds !== undefined ? ` (about ${hint.additionalSeconds} s more)` : '';
            return `${head}: the interval straddles ${tolerance}; a run about ${formatFactor(hint.lengthFactor)}× as long${more} would likely settle it`;
        }
    }
}

;// CONCATENATED MODULE: ./src/compare/run-length.ts
/**
 * How much longer a run would likely need for an inconclusive threshold to
 * settle, from the rule that an interval's half-width shrinks as 1/√n.
 *
 * Figures are oriented so that larger is worse (see `relative-judge.ts`). The
 * half-width that has to shrink is the one facing the bound the estimate must
 * clear: the upper one to pass, the lower one to fail or be marginal (there
 * either the interval must leave the bound or 0, whichever is nearer, since a
 * significant change beyond the bound also settles it). It assumes the
 * estimate stays where it is and that the baseline's series grows with the
 * canary's (a live baseline); against a stored baseline it is a lower bound.
 *
 * "Likely" means 80 % power: the usual sample-size rule. With z = z(1 − α/2),
 * the current standard error is h / z, and the new run needs the estimate to
 * clear the bound by (z + z(0.8)) standard errors, so the length factor is
 * ((h / need) · (z + z(0.8)) / z)². Run lengths that merely bring the expected
 * interval end onto the bound settle only about half the time.
 */

/** Probability that a run of the suggested length settles the threshold, if the estimate holds. */
const SETTLE_POWER = 0.8;
/** The length factor, or undefined when no run length would settle it (estimate on a bound). */
function lengthFactor(f, confidence) {
    const { estimate: e, lower, upper, tolerance, marginal } = f;
    let have;
    let need;
    if (e < tolerance) {
        have = upper - e;
        need = tolerance - e;
    }
    else if (e > marginal) {
        have = e - lower;
        need = e - Math.min(marginal, 0);
    }
    else {
        have = e - lower;
        need = e - Math.min(tolerance, 0);
    }
    if (!(need > 0) || !(have > need) || !Number.isFinite(have))
        return undefined;
    const z = -qnorm((1 - confidence) / 2);
    return ((have / need) * ((z + qnorm(SETTLE_POWER)) / z)) ** 2;
}
function runLengthHint(f, confidence, intervals, intervalSeconds = 1) {
    const factor = lengthFactor(f, confidence);
    if (factor === undefined)
        return undefined;
    if (intervals === undefined)
        return { lengthFactor: factor };
    const additionalIntervals = Math.ceil(intervals * (factor - 1));
    return {
        lengthFactor: factor,
        additionalIntervals,
        additionalSeconds: additionalIntervals * intervalSeconds,
    };
}

;// CONCATENATED MODULE: ./src/compare/validate-threshold.ts
const OPERATORS = ['<', '<=', '>', '>='];
function boundProblems(field, bound) {
    if (bound.form === 'ratio') {
        return Number.isFinite(bound.factor) && bound.factor > 0
            ? []
            : [`${field}: the factor of "baseline * k" must be a positive number, got ${String(bound.factor)}`];
    }
    return Number.isFinite(bound.delta)
        ? []
        : [`${field}: the d of "baseline + d" must be a number, got ${String(bound.delta)}`];
}
function boundValue(bound) {
    return bound.form === 'ratio' ? bound.factor : bound.delta;
}
function sampleProblems(field, values) {
    const bad = values.findIndex((v) => !Number.isFinite(v) || v < 0);
    return bad < 0 ? [] : [`${field}[${bad}]: expected a finite value ≥ 0, got ${String(values[bad])}`];
}
function relativeThresholdProblems(threshold) {
    const problems = [];
    const { operator, tolerance, marginal, confidence, data } = threshold;
    if (!OPERATORS.includes(operator))
        problems.push(`operator: expected one of < <= > >=, got "${String(operator)}"`);
    problems.push(...boundProblems('tolerance', tolerance));
    if (marginal) {
        problems.push(...boundProblems('marginal', marginal));
        if (marginal.form !== tolerance.form) {
            problems.push(`marginal: must have the same form as the tolerance ("baseline ${tolerance.form === 'ratio' ? '*' : '+'} …")`);
        }
        else {
            const looser = operator.startsWith('<')
                ? boundValue(marginal) >= boundValue(tolerance)
                : boundValue(marginal) <= boundValue(tolerance);
            if (!looser) {
                problems.push(`marginal: must be looser than the tolerance (${operator.startsWith('<') ? 'at least' : 'at most'} ${boundValue(tolerance)}), got ${boundValue(marginal)}`);
            }
        }
    }
    if (confidence !== undefined && !(confidence > 0 && confidence < 1)) {
        problems.push(`confidence: expected a number between 0 and 1 (e.g. 0.95), got ${String(confidence)}`);
    }
    if (data.kind === 'proportion') {
        for (const side of ['canary', 'baseline']) {
            const { events, trials } = data[side];
            if (!Number.isInteger(events) || !Number.isInteger(trials) || events < 0 || events > trials) {
                problems.push(`${side}: expected whole counts with 0 ≤ events ≤ trials, got ${events} of ${trials}`);
            }
        }
    }
    else {
        problems.push(...sampleProblems('canary', data.canary), ...sampleProblems('baseline', data.baseline));
        if (data.intervalSeconds !== undefined && !(data.intervalSeconds > 0)) {
            problems.push(`intervalSeconds: expected a positive number of seconds, got ${String(data.intervalSeconds)}`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/compare/relative-judge.ts
/**
 * The decision for one relative threshold (canary against its baseline), in
 * the manner of Kayenta's judge: on the distribution of per-interval values
 * or on counts, never on two point figures, which on a short run are noise.
 *
 * Figures are oriented so that larger is worse: for `<` / `<=` as they are,
 * for `>` / `>=` negated. With e the estimate, [L, U] its interval, T the
 * tolerance, M the marginal bound (M = T without a band), "significant" the
 * two-sided p-value below 1 − confidence, and "within" meaning < for `<` / `>`
 * and ≤ for `<=` / `>=`, the rules apply in this order:
 *
 * | # | condition                                        | status       |
 * |---|--------------------------------------------------|--------------|
 * | 1 | fewer than 3 intervals (or no request) a side    | inconclusive |
 * | 2 | U within T                                       | pass         |
 * | 3 | L beyond M (the whole interval past the bound)   | fail         |
 * | 4 | significant, e > 0, e beyond M                   | fail         |
 * | 5 | band, L beyond T                                 | marginal     |
 * | 6 | band, significant, e > 0, e beyond T             | marginal     |
 * | 7 | otherwise: the interval straddles the bound      | inconclusive |
 *
 * An inconclusive threshold carries how much longer a run would likely need
 * (`run-length.ts`), so the verdict can say so rather than pass silently.
 */




/** Fewer per-interval values than this on either side cannot be judged. */
const MIN_INTERVALS = 3;
const STATUS = {
    'too-few': 'inconclusive',
    within: 'pass',
    'interval-beyond': 'fail',
    'significant-beyond': 'fail',
    'interval-in-band': 'marginal',
    'significant-in-band': 'marginal',
    straddles: 'inconclusive',
};
function sizes(threshold) {
    const { data } = threshold;
    return data.kind === 'proportion'
        ? [data.canary.trials, data.baseline.trials]
        : [data.canary.length, data.baseline.length];
}
function judgeRelativeThreshold(threshold) {
    const problems = relativeThresholdProblems(threshold);
    if (problems.length > 0)
        throw new TypeError(problems.join('; '));
    const confidence = threshold.confidence ?? 0.95;
    const [canarySize, baselineSize] = sizes(threshold);
    const minimum = threshold.data.kind === 'proportion' ? 1 : MIN_INTERVALS;
    if (canarySize < minimum || baselineSize < minimum) {
        return tooFew(threshold, confidence, canarySize, baselineSize, minimum);
    }
    const shift = measureShift(threshold, confidence);
    const sign = threshold.operator.startsWith('<') ? 1 : -1;
    const within = (v, bound) => threshold.operator.length === 1 ? sign * v < sign * bound : sign * v <= sign * bound;
    const e = sign * shift.estimate;
    const worseEnd = sign > 0 ? shift.upper : shift.lower;
    const betterEnd = sign > 0 ? shift.lower : shift.upper;
    const tolerance = shift.tolerance;
    const marginal = shift.marginal ?? shift.tolerance;
    const hasBand = shift.marginal !== undefined;
    const significant = shift.pValue < 1 - confidence;
    const worse = significant && e > 0;
    let rule;
    if (within(worseEnd, tolerance))
        rule = 'within';
    else if (!within(betterEnd, marginal))
        rule = 'interval-beyond';
    else if (worse && !within(shift.estimate, marginal))
        rule = 'significant-beyond';
    else if (hasBand && !within(betterEnd, tolerance))
        rule = 'interval-in-band';
    else if (hasBand && worse && !within(shift.estimate, tolerance))
        rule = 'significant-in-band';
    else
        rule = 'straddles';
    const display = shift.space === 'log' ? (v) => Math.expm1(v) : (v) => v;
    const runLength = rule === 'straddles'
        ? runLengthHint({
            estimate: e,
            lower: sign * betterEnd,
            upper: sign * worseEnd,
            tolerance: sign * tolerance,
            marginal: sign * marginal,
        }, confidence, threshold.data.kind === 'proportion' ? undefined : canarySize, threshold.data.kind === 'proportion' ? 1 : (threshold.data.intervalSeconds ?? 1))
        : undefined;
    const judgement = {
        status: STATUS[rule],
        form: shift.space === 'log' ? 'ratio' : 'difference',
        estimate: display(shift.estimate),
        lower: display(shift.lower),
        upper: display(shift.upper),
        tolerance: display(tolerance),
        ...(hasBand ? { marginal: display(marginal) } : {}),
        pValue: shift.pValue,
        significant,
        confidence: shift.confidence,
        method: shift.method,
        canarySize,
        baselineSize,
        ...(rule === 'straddles' ? { reason: 'interval-straddles' } : {}),
        ...(runLength ? { runLength } : {}),
    };
    return { ...judgement, explanation: explainJudgement(judgement, rule, threshold) };
}
function tooFew(threshold, confidence, canarySize, baselineSize, minimum) {
    const judgement = {
        status: 'inconclusive',
        form: threshold.data.kind !== 'proportion' && threshold.tolerance.form === 'ratio' ? 'ratio' : 'difference',
        estimate: Number.NaN,
        lower: Number.NaN,
        upper: Number.NaN,
        tolerance: displayTolerance(threshold),
        pValue: Number.NaN,
        significant: false,
        confidence,
        method: 'none',
        canarySize,
        baselineSize,
        reason: 'too-few-samples',
    };
    return { ...judgement, explanation: explainJudgement(judgement, 'too-few', threshold, minimum) };
}
/** The tolerance in the judgement's terms, without data to measure. */
function displayTolerance(threshold) {
    const { tolerance, data } = threshold;
    if (tolerance.form === 'difference')
        return tolerance.delta;
    if (data.kind !== 'proportion')
        return tolerance.factor - 1;
    const { events, trials } = data.baseline;
    return trials > 0 ? (tolerance.factor - 1) * (events / trials) : Number.NaN;
}

;// CONCATENATED MODULE: ./src/slo/traffic-metrics.ts
function measureChecks(run, tags, aggregation) {
    if (aggregation !== 'rate')
        return { note: `checks has no aggregation "${aggregation}"` };
    const checks = (run.traffic?.checks ?? []).filter((check) => (tags.check === undefined || check.name === tags.check) &&
        (tags.endpoint === undefined || check.endpoint === tags.endpoint));
    let passes = 0;
    let total = 0;
    for (const check of checks) {
        passes += check.passes;
        total += check.passes + check.fails;
    }
    if (total > 0)
        return passes / total;
    const what = [
        tags.check !== undefined ? `check "${tags.check}"` : '',
        tags.endpoint !== undefined ? `endpoint "${tags.endpoint}"` : '',
    ]
        .filter(Boolean)
        .join(' on ');
    return { note: `no check${what ? ` (${what})` : ''} ran, so there is nothing to judge` };
}
function measureIsolationViolations(run, tags, aggregation) {
    const isolation = run.traffic?.isolation;
    if (!isolation)
        return { note: 'tenant isolation was not checked (no isolation in the config)' };
    let violations = isolation.violations;
    let checked = isolation.checked;
    if (tags.endpoint !== undefined) {
        const row = isolation.byEndpoint.find((entry) => entry.endpoint === tags.endpoint);
        violations = row?.violations ?? 0;
        checked = row?.checked ?? 0;
    }
    if (checked === 0) {
        return {
            note: `no response${tags.endpoint !== undefined ? ` of endpoint "${tags.endpoint}"` : ''} showed a tenant, so isolation could not be judged`,
        };
    }
    if (aggregation === 'count')
        return violations;
    if (aggregation === 'rate')
        return run.durationMs > 0 ? violations / (run.durationMs / 1000) : { note: 'the run has no duration' };
    return { note: `isolation_violations has no aggregation "${aggregation}"` };
}

;// CONCATENATED MODULE: ./src/slo/metric-catalog.ts

/** The aggregations each kind of metric takes, as in k6. */
const KIND_AGGREGATIONS = {
    trend: ['avg', 'med', 'min', 'max', 'p'],
    rate: ['rate'],
    counter: ['count', 'rate'],
    gauge: ['value'],
};
function trendOfLatency(scope, aggregation, percentile) {
    const latency = scope.stats.latency;
    if (latency.count === 0)
        return null;
    switch (aggregation) {
        case 'avg':
            return latency.mean;
        case 'min':
            return latency.min;
        case 'max':
            return latency.max;
        case 'med':
            return scope.percentileMs(50);
        case 'p':
            return percentile === undefined ? null : scope.percentileMs(percentile);
        default:
            return null;
    }
}
/** Seconds the load ran; 0 when unknown. */
function runSeconds(run) {
    return run.durationMs > 0 ? run.durationMs / 1000 : 0;
}
function counter(read, perSecond) {
    return (scope, aggregation) => {
        if (aggregation === 'count')
            return read(scope.stats);
        if (aggregation !== 'rate')
            return null;
        if (perSecond)
            return perSecond(scope);
        const seconds = runSeconds(scope.run);
        return seconds > 0 ? read(scope.stats) / seconds : null;
    };
}
const ENDPOINT_TAGS = ['endpoint'];
/** The breakpoint capacity; "at least" when no step broke (the staircase ended below the knee). */
function measureCapacity(run) {
    const breakpoint = run.breakpoint;
    if (breakpoint === undefined)
        return { note: 'capacity_rps is measured by the breakpoint scenario only' };
    if (breakpoint.steps.length === 0)
        return { note: 'no breakpoint step ran to its end, so there is no capacity' };
    return { value: breakpoint.capacityRps, atLeast: breakpoint.capacityBound === 'at-least' };
}
function metric_catalog_define(entry) {
    return { ...entry, aggregations: KIND_AGGREGATIONS[entry.kind] };
}
/** The known metrics, by name. */
const METRIC_CATALOG = new Map([
    metric_catalog_define({
        name: 'http_req_duration',
        kind: 'trend',
        unit: 'ms',
        description: 'time from sending a request to the end of its response',
        tags: ENDPOINT_TAGS,
        example: 'http_req_duration: p(95)<250',
        measure: trendOfLatency,
    }),
    metric_catalog_define({
        name: 'http_req_failed',
        kind: 'rate',
        unit: 'ratio',
        description: 'share of requests that failed (error or unexpected status)',
        tags: ENDPOINT_TAGS,
        example: 'http_req_failed: rate<0.01',
        measure: ({ stats }, aggregation) => aggregation === 'rate' && stats.requests > 0 ? stats.failed / stats.requests : null,
    }),
    metric_catalog_define({
        name: 'http_reqs',
        kind: 'counter',
        unit: 'count',
        description: 'completed requests (count) and requests per second (rate)',
        tags: ENDPOINT_TAGS,
        example: 'http_reqs: rate>100',
        measure: counter((stats) => stats.requests, ({ stats }) => stats.rps),
    }),
    metric_catalog_define({
        name: 'data_received',
        kind: 'counter',
        unit: 'bytes',
        description: 'bytes received (count) and bytes per second (rate)',
        tags: ENDPOINT_TAGS,
        example: 'data_received: count>1MB',
        measure: counter((stats) => stats.bytesReceived),
    }),
    metric_catalog_define({
        name: 'data_sent',
        kind: 'counter',
        unit: 'bytes',
        description: 'bytes sent (count) and bytes per second (rate)',
        tags: ENDPOINT_TAGS,
        example: 'data_sent: count>1MB',
        measure: counter((stats) => stats.bytesSent),
    }),
    metric_catalog_define({
        name: 'dropped_requests',
        kind: 'counter',
        unit: 'count',
        description: 'open model: scheduled requests never sent, because max-vus requests were in flight (0 in the closed model)',
        tags: [],
        example: 'dropped_requests: count==0',
        measure: (scope, aggregation) => {
            const dropped = scope.run.arrival?.dropped ?? 0;
            if (aggregation === 'count')
                return dropped;
            return aggregation === 'rate' && scope.run.durationMs > 0
                ? dropped / (scope.run.durationMs / 1000)
                : null;
        },
    }),
    metric_catalog_define({
        name: 'checks',
        kind: 'rate',
        unit: 'ratio',
        description: 'share of checks that passed (per check with {check:NAME})',
        tags: ['check', 'endpoint'],
        example: 'checks: rate>0.99',
        measure: () => null,
        measureRun: measureChecks,
    }),
    metric_catalog_define({
        name: 'isolation_violations',
        kind: 'counter',
        unit: 'count',
        description: "responses that showed another tenant than the requester's",
        tags: ENDPOINT_TAGS,
        example: 'isolation_violations: count==0',
        measure: () => null,
        measureRun: measureIsolationViolations,
    }),
    metric_catalog_define({
        name: 'capacity_rps',
        kind: 'gauge',
        unit: 'per_second',
        description: 'breakpoint scenario: the highest step rate that held every SLO (a lower bound when no step broke)',
        tags: [],
        example: 'capacity_rps: value>=500',
        scenario: 'breakpoint',
        measure: () => null,
        measureRun: measureCapacity,
    }),
].map((metric) => [metric.name, metric]));
function findMetric(name) {
    return METRIC_CATALOG.get(name);
}
const METRIC_NAMES = [...METRIC_CATALOG.keys()];
/** The unit of a threshold's limit and actual value. */
function valueUnit(metric, aggregation) {
    if (metric.kind === 'counter' && aggregation === 'rate') {
        return metric.unit === 'bytes' ? 'bytes_per_second' : 'per_second';
    }
    return metric.unit;
}
/**
 * The unit of a threshold's values. A metric missing from the catalogue is read like
 * k6 reads it: `rate` a ratio, `count` a count, anything else milliseconds.
 */
function thresholdValueUnit(threshold) {
    const metric = findMetric(threshold.metric);
    if (metric)
        return valueUnit(metric, threshold.aggregation);
    if (threshold.aggregation === 'rate')
        return 'ratio';
    if (threshold.aggregation === 'count')
        return 'count';
    return 'ms';
}
/** `p(95)`, `avg`, … as written in a threshold. */
function aggregationLabel(threshold) {
    return threshold.aggregation === 'p' ? `p(${threshold.percentile ?? '?'})` : threshold.aggregation;
}

;// CONCATENATED MODULE: ./src/slo/baseline-comparison.ts
/**
 * The comparison with the baseline as plain JSON and as words: the judge's record
 * (numbers it could not have are null, not NaN), the verdict's reasons for
 * inconclusive comparisons (how much longer a run would likely need), and the
 * regressions the outputs and the PR comment lead with ("+18 % (+14 to +22 %)").
 * Pure functions of the evaluation.
 */


const orNull = (v) => (v !== undefined && Number.isFinite(v) ? v : null);
function judgeRecord(j) {
    return {
        status: j.status,
        form: j.form,
        estimate: orNull(j.estimate),
        lower: orNull(j.lower),
        upper: orNull(j.upper),
        tolerance: orNull(j.tolerance),
        marginal: orNull(j.marginal),
        pValue: orNull(j.pValue),
        significant: j.significant,
        confidence: j.confidence,
        method: j.method,
        canarySize: j.canarySize,
        baselineSize: j.baselineSize,
        reason: j.reason ?? null,
        lengthFactor: orNull(j.runLength?.lengthFactor),
        additionalSeconds: orNull(j.runLength?.additionalSeconds),
        explanation: j.explanation,
    };
}
function scopeLabel(result) {
    const endpoint = result.threshold.tags.endpoint;
    return endpoint === undefined ? 'the whole run' : `endpoint "${endpoint}"`;
}
/** How much longer a run would likely need, in words. */
function runLengthAdvice(result) {
    const judge = result.comparison?.judge;
    if (!judge || judge.status !== 'inconclusive') {
        return 'a longer run would tell a lasting change from a burst';
    }
    if (judge.reason === 'too-few-samples') {
        if (judge.canarySize >= MIN_INTERVALS) {
            return `the baseline holds only ${judge.baselineSize} s of data, and the judge needs at least ${MIN_INTERVALS} s on each side`;
        }
        const more = MIN_INTERVALS - judge.canarySize;
        return `a run at least ${more} s longer is needed (the judge needs at least ${MIN_INTERVALS} s of data on each side)`;
    }
    if (judge.additionalSeconds !== null) {
        return `a run about ${judge.additionalSeconds} s longer would likely settle it`;
    }
    if (judge.lengthFactor !== null) {
        return `a run about ${judge.lengthFactor.toFixed(1)}× as long would likely settle it`;
    }
    return 'the estimate sits on the bound, so no longer run would likely settle it';
}
/** One reason per inconclusive comparison, naming the threshold, its scope and the run length it needs. */
function comparisonReasons(results) {
    return results
        .filter((r) => r.threshold.relative && r.status === 'inconclusive')
        .map((r) => `"${r.threshold.source}" (${scopeLabel(r)}): the comparison with the baseline is inconclusive; ${runLengthAdvice(r)}`);
}
/** The evaluation with the comparison's reasons added; the verdict decision calls it once. */
function withComparisonReasons(evaluation) {
    const reasons = comparisonReasons(evaluation.results);
    if (reasons.length === 0)
        return evaluation;
    return { ...evaluation, reasons: [...(evaluation.reasons ?? []), ...reasons] };
}
function baseline_comparison_signed(text, v) {
    return v > 0 ? `+${text}` : text;
}
function percentText(v) {
    const percent = v * 100;
    return baseline_comparison_signed(Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1), percent);
}
function differenceText(v) {
    return baseline_comparison_signed(String(Number(v.toPrecision(3))), v);
}
/** The failed relative thresholds, with the change and its interval as a person reads them. */
function regressionsOf(results) {
    const out = [];
    for (const r of results) {
        const c = r.comparison;
        if (!r.threshold.relative || r.status !== 'fail' || !c)
            continue;
        const j = c.judge;
        const base = { threshold: r.threshold.source, endpoint: r.threshold.tags.endpoint ?? null };
        if (j && j.estimate !== null && j.lower !== null && j.upper !== null) {
            const proportion = j.method === 'two-proportion score';
            const unit = j.form === 'ratio' ? ' %' : proportion ? ' pp' : unitSuffix(r);
            const num = j.form === 'ratio' || proportion ? percentText : differenceText;
            out.push({
                ...base,
                change: `${num(j.estimate)}${unit}`,
                interval: `${num(j.lower)} to ${num(j.upper)}${unit}`,
                significant: j.significant,
            });
        }
        else if (c.change !== null) {
            out.push({ ...base, change: `${percentText(c.change)} %`, interval: null, significant: false });
        }
        else {
            out.push({ ...base, change: '', interval: null, significant: false });
        }
    }
    return out;
}
function unitSuffix(r) {
    const unit = thresholdValueUnit(r.threshold);
    return unit === 'ms' ? ' ms' : unit === 'per_second' ? ' req/s' : '';
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/slo/threshold-syntax.ts
/** What every part of the threshold grammar shares: its error, its examples and the wording of its hints. */

class ThresholdSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ThresholdSyntaxError';
    }
}
const GENERAL_EXAMPLE = '"http_req_duration: p(95)<250" or "p95: 250ms"';
const BAND_EXAMPLE = '"http_req_duration: p(99)<500 marginal 700"';
const fail = (message) => {
    throw new ThresholdSyntaxError(message);
};
const q = (text) => JSON.stringify(text);
/** `a, b or c` */
function listOf(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** The candidate closest to `word` when close enough to be a likely typo. */
function nearest(word, candidates) {
    if (candidates.length === 0 || word === '')
        return undefined;
    const best = (0,mod/* closest */.kp)(word.toLowerCase(), [...candidates]);
    const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
    return (0,mod/* distance */.Io)(word.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}
const didYouMean = (suggestion) => suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`;

;// CONCATENATED MODULE: ./src/slo/units.ts
const DURATION_UNITS = [
    { names: ['us', 'µs', 'μs'], factor: 0.001 },
    { names: ['ms'], factor: 1 },
    { names: ['s'], factor: 1000 },
    { names: ['m'], factor: 60_000 },
];
const BYTE_UNITS = [
    { names: ['b'], factor: 1 },
    { names: ['kb'], factor: 1e3 },
    { names: ['mb'], factor: 1e6 },
    { names: ['gb'], factor: 1e9 },
    { names: ['kib'], factor: 1024 },
    { names: ['mib'], factor: 1024 ** 2 },
    { names: ['gib'], factor: 1024 ** 3 },
];
const PER_SECOND_UNITS = [{ names: ['/s', 'rps', 'req/s'], factor: 1 }];
const withPerSecond = (units) => units.map((unit) => ({ ...unit, names: unit.names.map((name) => `${name}/s`) }));
/** Units each kind of value accepts besides a bare number. */
const UNITS = {
    ms: DURATION_UNITS,
    ratio: [{ names: ['%'], factor: 0.01 }],
    count: [],
    per_second: PER_SECOND_UNITS,
    bytes: BYTE_UNITS,
    bytes_per_second: [...BYTE_UNITS, ...withPerSecond(BYTE_UNITS)],
};
/** How the accepted values are described in messages. */
const UNIT_HINTS = {
    ms: 'milliseconds, bare or with a unit us, ms, s or m (250, 250ms, 1.5s)',
    ratio: 'a fraction from 0 to 1 or a percentage (0.01, 1%)',
    count: 'a count without a unit (1000)',
    per_second: 'a number per second, bare or with /s (100, 100/s)',
    bytes: 'bytes, bare or with a unit B, kB, MB, GB, KiB, MiB or GiB (1MB)',
    bytes_per_second: 'bytes per second, bare or with a unit such as kB or MB (500kB, 500kB/s)',
};
/** What kind of value each unit is, for messages. */
const UNIT_NAMES = {
    ms: 'a duration',
    ratio: 'a rate',
    count: 'a count',
    per_second: 'a rate per second',
    bytes: 'an amount of data',
    bytes_per_second: 'an amount of data per second',
};
function unitHint(unit) {
    return UNIT_HINTS[unit];
}
/** A limit as it would be written in a threshold, for examples in messages: `250`, `1%`, `500kB/s`. */
const SAMPLE_LIMITS = {
    ms: '250',
    ratio: '0.01',
    count: '1000',
    per_second: '100',
    bytes: '1MB',
    bytes_per_second: '500kB/s',
};
/** A number as written: digits with an optional fraction, no sign. */
const NUMBER_SOURCE = String.raw `(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
/** `value * factor` without binary noise (0.7 % is 0.007, not 0.006999…). */
function scale(value, factor) {
    return factor === 1 ? value : Number((value * factor).toPrecision(15));
}
/**
 * Reads `number [unit]` into the value's base unit. `bareFactor` is what a number
 * without a unit is worth (1, except for the seeds' percent `error_rate`).
 * A failure says what is wrong in words; the caller adds the form expected.
 */
function readLimit(text, unit, bareFactor = 1) {
    const match = new RegExp(String.raw `^(${NUMBER_SOURCE})\s*(\S*)$`).exec(text.trim());
    if (!match)
        return { ok: false, problem: `${JSON.stringify(text.trim())} is not a number` };
    const amount = Number(match[1]);
    const written = match[2] ?? '';
    if (!Number.isFinite(amount))
        return { ok: false, problem: `${JSON.stringify(text.trim())} is too large` };
    if (written === '')
        return { ok: true, value: scale(amount, bareFactor) };
    const lower = written.toLowerCase();
    const found = UNITS[unit].find((candidate) => candidate.names.includes(lower));
    if (!found)
        return { ok: false, problem: `the unit "${written}" does not fit ${UNIT_NAMES[unit]}` };
    return { ok: true, value: scale(amount, found.factor) };
}
function plain(value, digits) {
    return String(Number(value.toFixed(digits)));
}
/** A value in its unit, written plainly for messages and notes: `250 ms`, `1.5 %`, `100 req/s`. */
function formatQuantity(unit, value) {
    switch (unit) {
        case 'ms':
            return `${plain(value, 3)} ms`;
        case 'ratio':
            return `${plain(value * 100, 4)} %`;
        case 'count':
            return plain(value, 3);
        case 'per_second':
            return `${plain(value, 3)} req/s`;
        case 'bytes':
            return `${plain(value, 0)} B`;
        case 'bytes_per_second':
            return `${plain(value, 1)} B/s`;
    }
}

;// CONCATENATED MODULE: ./src/slo/threshold-limits.ts


/** Splits `250ms marginal 300ms`; `marginal` is a word of its own. */
function splitBand(text, example) {
    const match = /^(.*?)(?:\s+|^)marginal\b(.*)$/is.exec(text);
    if (!match)
        return { limit: text.trim() };
    const limit = (match[1] ?? '').trim();
    const marginal = (match[2] ?? '').trim();
    if (limit === '')
        fail(`no limit before "marginal"; expected the limit first, e.g. ${example}`);
    if (marginal === '')
        fail(`"marginal" needs a limit after it; expected e.g. ${example}`);
    return { limit, marginal };
}
function parseLimit(text, unit, what, example, options = {}) {
    const split = new RegExp(String.raw `^(${NUMBER_SOURCE})\s*([^\s\d.]\S*)?\s*(.*)$`, 's').exec(text);
    if (!split)
        fail(`${what} ${q(text)} is not a number; expected ${unitHint(unit)}, e.g. ${example}`);
    const [, number = '', written = '', rest = ''] = split;
    if (rest !== '') {
        fail(`unexpected ${q(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${BAND_EXAMPLE}`);
    }
    const reading = readLimit(`${number}${written}`, unit, options.bareFactor);
    if (!reading.ok) {
        fail(`in ${what} ${q(text)}, ${reading.problem}; expected ${unitHint(unit)}, e.g. ${example}`);
    }
    const value = reading.value;
    if (unit === 'ratio' && value > 1) {
        if (options.bareIsPercent || written === '%') {
            fail(`${what} ${number}${written || '%'} is above 100 %; expected a percentage from 0 to 100, e.g. ${example}`);
        }
        fail(`${what} ${number} is above 1, and a rate is a fraction from 0 to 1; ` +
            `write ${number}% for a percentage or a fraction such as ${Number((value / 100).toPrecision(6))}`);
    }
    return value;
}
function checkBand(operator, limit, marginal, unit) {
    if (operator === '==' || operator === '!=') {
        fail(`a marginal band needs <, <=, > or >=, not ${operator}: ${operator} has no side to fail on; e.g. ${BAND_EXAMPLE}`);
    }
    const upper = operator === '<' || operator === '<=';
    if (upper ? marginal > limit : marginal < limit)
        return;
    const side = upper ? 'above' : 'below';
    const example = upper ? BAND_EXAMPLE : '"http_reqs: rate>100 marginal 80"';
    fail(`the marginal limit ${formatQuantity(unit, marginal)} must lie ${side} the limit ${formatQuantity(unit, limit)}, ` +
        `on the failing side of ${operator}; ` +
        `expected e.g. ${example}`);
}

;// CONCATENATED MODULE: ./src/slo/relative-limits.ts



const RELATIVE_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.10"';
const relative_limits_BAND_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.05 marginal baseline * 1.15"';
/** Whether a limit is written against the baseline. */
function isRelative(text) {
    return /^baseline\b/i.test(text.trim());
}
/** `baseline` written before the operator, e.g. `baseline * 1.1 > p(95)`. */
function checkBaselineOnLeft(aggregationText) {
    if (/\bbaseline\b/i.test(aggregationText)) {
        fail(`"baseline" goes right of the operator: the canary's statistic comes first; expected e.g. ${RELATIVE_EXAMPLE}`);
    }
}
/** Reads `baseline * k` or `baseline + d` (d in the value's unit, as an absolute limit is written). */
function parseRelativeBound(text, unit, what, options = {}) {
    const match = /^baseline\b\s*(.*)$/is.exec(text.trim());
    const rest = (match?.[1] ?? '').trim();
    if (rest === '') {
        fail(`${what} "baseline" needs a factor or an allowance; expected e.g. "baseline * 1.10" (10 % above the baseline) or "baseline + 20ms"`);
    }
    const sign = rest[0];
    const operand = rest.slice(1).trim();
    if (sign === '*' || sign === '×')
        return { form: 'ratio', factor: readFactor(operand, what) };
    if (sign === '+') {
        const delta = parseLimit(operand, unit, `the allowance of ${what}`, `"baseline + ${sampleDelta(unit)}"`, options);
        return { form: 'difference', delta };
    }
    if (sign === '-') {
        fail(`${what} ${q(text.trim())} subtracts from the baseline, which is not supported; to ask for a canary below the baseline write a factor, e.g. "baseline * 0.9"`);
    }
    if (sign === '/') {
        const divisor = new RegExp(`^${NUMBER_SOURCE}$`).test(operand) ? Number(operand) : Number.NaN;
        const suggestion = divisor > 0 ? `"baseline * ${Number((1 / divisor).toPrecision(6))}"` : '"baseline * 0.9"';
        fail(`${what} ${q(text.trim())} divides the baseline, which is not supported; write a factor, e.g. ${suggestion}`);
    }
    return fail(`${what} ${q(text.trim())} is not a baseline bound; expected "baseline * k" or "baseline + d", e.g. "baseline * 1.10" or "baseline + ${sampleDelta(unit)}"`);
}
function readFactor(operand, what) {
    if (!new RegExp(`^${NUMBER_SOURCE}$`).test(operand)) {
        const unit = /^(?:\d+(?:\.\d*)?|\.\d+)\s*(\S+)$/.exec(operand)?.[1];
        const hint = unit ? `; a factor takes no unit (write "baseline + ${operand}" to allow an amount)` : '';
        fail(`the factor of ${what} ${q(operand)} is not a number${hint}; expected e.g. "baseline * 1.10"`);
    }
    const factor = Number(operand);
    if (!(factor > 0) || !Number.isFinite(factor)) {
        fail(`the factor of ${what} must be above 0, got ${q(operand)}; expected e.g. "baseline * 1.10"`);
    }
    return factor;
}
function sampleDelta(unit) {
    return {
        ms: '20ms',
        ratio: '1%',
        count: '10',
        per_second: '10/s',
        bytes: '1MB',
        bytes_per_second: '100kB/s',
    }[unit];
}
/** The number of a bound: k or d (stored as the threshold's `limit`). */
function boundNumber(bound) {
    return bound.form === 'ratio' ? bound.factor : bound.delta;
}
/**
 * A relative limit with its optional band. Either both the limit and the band are
 * relative, or neither is (the caller parses the absolute case).
 */
function parseRelativeLimit(operator, limitText, marginalText, unit, options = {}) {
    if (operator === '==' || operator === '!=') {
        fail(`${operator} cannot compare with the baseline: two measured values are never exactly equal; expected <, <=, > or >=, e.g. ${RELATIVE_EXAMPLE}`);
    }
    if (!isRelative(limitText)) {
        fail(`the limit ${q(limitText)} is absolute and its marginal band relative; write both against the baseline, e.g. ${relative_limits_BAND_EXAMPLE}`);
    }
    const tolerance = parseRelativeBound(limitText, unit, 'the limit', options);
    if (marginalText === undefined)
        return { tolerance };
    if (!isRelative(marginalText)) {
        fail(`the marginal band ${q(marginalText)} is absolute and the limit relative; write both against the baseline, e.g. ${relative_limits_BAND_EXAMPLE}`);
    }
    const marginal = parseRelativeBound(marginalText, unit, 'the marginal band', options);
    if (marginal.form !== tolerance.form) {
        fail(`the marginal band ${q(marginalText)} has another form than the limit ${q(limitText)}; ` +
            `write both with "*" or both with "+", e.g. ${relative_limits_BAND_EXAMPLE}`);
    }
    const upper = operator === '<' || operator === '<=';
    const [k, m] = [boundNumber(tolerance), boundNumber(marginal)];
    if (upper ? m <= k : m >= k) {
        const write = (v) => tolerance.form === 'ratio'
            ? `baseline * ${v}`
            : `baseline + ${formatQuantity(unit, v).replace(' ', '')}`;
        fail(`the marginal band ${write(m)} must lie ${upper ? 'above' : 'below'} the limit ${write(k)}, on the failing side of ${operator}; ` +
            `expected e.g. ${upper ? relative_limits_BAND_EXAMPLE : '"http_reqs: rate > baseline * 0.9 marginal baseline * 0.8"'}`);
    }
    return { tolerance, marginal };
}
/** A relative limit as written in the full form, e.g. `baseline * 1.1 marginal baseline * 1.2`. */
function writeRelativeLimit(limit, unit) {
    const write = (bound) => bound.form === 'ratio'
        ? `baseline * ${bound.factor}`
        : `baseline + ${unit === 'ratio' ? `${Number((bound.delta * 100).toPrecision(12))}%` : bound.delta}`;
    return limit.marginal
        ? `${write(limit.tolerance)} marginal ${write(limit.marginal)}`
        : write(limit.tolerance);
}

;// CONCATENATED MODULE: ./src/syntax/durations.ts
/**
 * Durations as written in inputs and the config file: one or more `<number><unit>`
 * parts from largest to smallest unit, e.g. `500ms`, `30s`, `1.5s`, `2m`, `1m30s`, `1h`.
 * A bare number is refused: `30` could mean seconds or milliseconds.
 */
const NUMBER = String.raw `\d+(?:\.\d+)?`;
/**
 * The accepted form. Each unit at most once, largest first (`m(?!s)` keeps `500ms`
 * from being read as minutes). Shared with the config file's JSON Schema.
 */
const DURATION_PATTERN = `^(?=\\d)(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`;
const DURATION_RE = new RegExp(DURATION_PATTERN);
const UNIT_MS = [3_600_000, 60_000, 1000, 1];
/** The expected form, for messages. */
const DURATION_EXPECTED = 'expected a duration such as 30s, 2m or 1m30s';
class DurationSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DurationSyntaxError';
    }
}
/**
 * Parses a duration into milliseconds (rounded to whole ms).
 * Throws `DurationSyntaxError` whose message quotes the text and states the form expected.
 */
function parseDuration(text) {
    const match = DURATION_RE.exec(text.trim());
    if (!match)
        throw new DurationSyntaxError(durationSyntaxMessage(text));
    let ms = 0;
    UNIT_MS.forEach((unit, i) => {
        const part = match[i + 1];
        if (part !== undefined)
            ms += Number(part) * unit;
    });
    return Math.round(ms);
}
/** The message for a value that is not a duration (a string, or a YAML number or other value). */
function durationSyntaxMessage(value) {
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value))) {
        const number = String(value).trim();
        return `got ${JSON.stringify(value)}, a number without a unit; ${DURATION_EXPECTED} (write ${number}s for seconds)`;
    }
    return `got ${JSON.stringify(value) ?? String(value)}; ${DURATION_EXPECTED}`;
}
/** Formats milliseconds the way they are written: `2m30s`, `1h5m`, `500ms`, `1.5s`, `0s`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return `${ms}ms`;
    const rounded = Math.round(ms);
    if (rounded === 0)
        return '0s';
    if (rounded < 1000)
        return `${rounded}ms`;
    const hours = Math.floor(rounded / 3_600_000);
    const minutes = Math.floor((rounded % 3_600_000) / 60_000);
    const seconds = (rounded % 60_000) / 1000;
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/format.ts



const numberFormats = new Map();
/** A number with thousands separators and at most `digits` decimals: `1,234.5`. */
function format_formatNumber(value, digits = 0) {
    let format = numberFormats.get(digits);
    if (!format) {
        format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        numberFormats.set(digits, format);
    }
    return format.format(value);
}
/** Milliseconds with a precision that suits the size: `0.84 ms`, `12.3 ms`, `182 ms`, `1,240 ms`. */
function format_formatMs(ms) {
    const digits = Math.abs(ms) >= 100 ? 0 : Math.abs(ms) >= 10 ? 1 : 2;
    return `${format_formatNumber(ms, digits)} ms`;
}
/** A percentage (given in percent) with two decimals below 10 %, one above: `0.52 %`, `12.5 %`. */
function format_formatPercent(percent) {
    return `${format_formatNumber(percent, Math.abs(percent) >= 10 ? 1 : 2)} %`;
}
function formatRps(rps) {
    return `${format_formatNumber(rps, 1)} req/s`;
}
/** Bytes in decimal units: `512 B`, `12.3 kB`, `4.5 MB`, `1.2 GB`. */
function formatBytes(bytes) {
    const abs = Math.abs(bytes);
    if (abs >= 1e9)
        return `${format_formatNumber(bytes / 1e9, 1)} GB`;
    if (abs >= 1e6)
        return `${format_formatNumber(bytes / 1e6, 1)} MB`;
    if (abs >= 1e3)
        return `${format_formatNumber(bytes / 1e3, 1)} kB`;
    return `${format_formatNumber(bytes)} B`;
}
/** Failed requests in percent of all requests (0 when nothing ran). */
function errorPercent(stats) {
    return stats.requests > 0 ? (stats.failed / stats.requests) * 100 : 0;
}
/** A value in a threshold's unit, ready to show (ratios as percentages); `no data` for null. */
function formatValue(unit, value) {
    if (value === null || !Number.isFinite(value))
        return 'no data';
    switch (unit) {
        case 'ms':
            return format_formatMs(value);
        case 'ratio':
            return format_formatPercent(value * 100);
        case 'per_second':
            return formatRps(value);
        case 'count':
            return format_formatNumber(value, 2);
        case 'bytes':
            return formatBytes(value);
        case 'bytes_per_second':
            return `${formatBytes(value)}/s`;
    }
}
function formatThresholdValue(threshold, value) {
    return formatValue(thresholdValueUnit(threshold), value);
}
/** The condition a threshold sets, e.g. `< 250 ms` or `> 100 req/s (marginal down to 80 req/s)`. */
function formatCondition(threshold) {
    if (threshold.relative) {
        return `${threshold.operator} ${writeRelativeLimit(threshold.relative, thresholdValueUnit(threshold))}`;
    }
    const condition = `${threshold.operator} ${formatThresholdValue(threshold, threshold.limit)}`;
    if (threshold.marginalLimit === undefined)
        return condition;
    const direction = threshold.operator === '>' || threshold.operator === '>=' ? 'down' : 'up';
    return `${condition} (marginal ${direction} to ${formatThresholdValue(threshold, threshold.marginalLimit)})`;
}
const VERDICT_LABELS = {
    pass: 'PASS',
    marginal: 'MARGINAL',
    fail: 'FAIL',
    inconclusive: 'INCONCLUSIVE',
    error: 'ERROR',
};
const VERDICT_ICONS = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
    error: '❌',
};
const STATUS_ICONS = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
};
/** The target URL without any user:password part. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username === '' && parsed.password === '')
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url;
    }
}
/** What stage targets count: VUs, or requests per second in the open model. */
function stageUnit(settings) {
    return settings.model === 'open' ? 'req/s' : 'VUs';
}
/** The load shape in words: `0→10 VUs over 10s, 10 VUs for 20s` (or `req/s` for the open model). */
function describeStages(stages, unit = 'VUs') {
    let from = 0;
    return stages
        .map((stage) => {
        const duration = formatDuration(stage.durationMs);
        const part = stage.target === from
            ? `${format_formatNumber(stage.target)} ${unit} for ${duration}`
            : stage.durationMs === 0
                ? `start at ${format_formatNumber(stage.target)} ${unit}`
                : `${format_formatNumber(from)}→${format_formatNumber(stage.target)} ${unit} over ${duration}`;
        from = stage.target;
        return part;
    })
        .join(', ');
}
/** A measured duration, to a tenth of a second from 1 s on: `30s`, `1m2.5s`, `850ms`. */
function formatElapsed(ms) {
    return formatDuration(ms >= 1000 ? Math.round(ms / 100) * 100 : ms);
}
function plannedDurationMs(stages) {
    return stages.reduce((sum, stage) => sum + stage.durationMs, 0);
}

;// CONCATENATED MODULE: ./src/report/baseline-text.ts
/**
 * The comparison with the baseline in words, shared by every report: where the
 * baseline came from, the regression lines the PR comment, Slack and the verdict
 * texts lead with ("p95 +18 % (+14 to +22 %), significant"), and the side-by-side
 * figures per endpoint. Pure functions of the report context.
 */



/** The statistic a threshold holds, as a reader names it: `p95`, `error rate`, `req/s`. */
function statisticName(threshold) {
    if (threshold.metric === 'http_req_failed')
        return 'error rate';
    if (threshold.metric === 'http_reqs')
        return 'req/s';
    if (threshold.aggregation === 'p')
        return `p${threshold.percentile ?? ''}`;
    return threshold.aggregation;
}
/** `p95 of "POST /api/cart" +18 % (+14 to +22 %), significant`. */
function regressionText(regression, threshold) {
    const scope = regression.endpoint === null ? '' : ` of "${regression.endpoint}"`;
    const change = regression.change ? ` ${regression.change}` : ' above its bound';
    const interval = regression.interval ? ` (${regression.interval})` : '';
    const significance = regression.interval
        ? regression.significant
            ? ', significant'
            : ', not significant'
        : '';
    return `${statisticName(threshold)}${scope}${change}${interval}${significance}`;
}
/** One line per failed relative threshold, in the order of the thresholds. */
function regressionLines(evaluation) {
    const relative = evaluation.results.filter((r) => r.threshold.relative);
    const bySource = new Map(relative.map((r) => [r.threshold.source, r.threshold]));
    return regressionsOf(evaluation.results).map((reg) => regressionText(reg, bySource.get(reg.threshold) ?? relative[0].threshold));
}
/** `live: https://stable.example.com`, `run 4711 of deploy.yml on main, 3 h old`. */
function originText(baseline) {
    const { origin } = baseline;
    const label = origin.kind === 'live' ? displayUrl(origin.label) : origin.label;
    const kind = origin.kind === 'live'
        ? 'measured live beside the canary at'
        : origin.kind === 'results'
            ? 'read from'
            : 'the artifact of';
    const age = origin.ageMs !== undefined ? `, ${describeAge(origin.ageMs)} old` : '';
    return `${kind} ${label}${age}`;
}
/** The baseline's measurements, or undefined when it was missing. */
function baselineMeasurements(baseline) {
    return baseline && 'measurements' in baseline ? baseline.measurements : undefined;
}
function missingBaseline(evaluation, baseline) {
    const use = evaluation.baseline;
    if (!use || use.missing === null)
        return undefined;
    const effect = use.onMissing === 'pass'
        ? 'baseline-missing: pass let the relative thresholds pass without a comparison'
        : 'the relative thresholds had nothing to be compared with, so they failed (baseline-missing: fail)';
    return { ...(baseline ? { origin: originText(baseline) } : {}), why: use.missing, effect };
}
/** What a missing baseline meant for this run, in a sentence. */
function missingText(evaluation, baseline) {
    const m = missingBaseline(evaluation, baseline);
    return m && `No baseline${m.origin ? ` (${m.origin})` : ''}: ${m.why}; ${m.effect}.`;
}
function pair(canary, baseline) {
    const change = canary !== null && baseline !== null && baseline !== 0 ? canary / baseline - 1 : null;
    return { canary, baseline, change };
}
function row(name, c, b) {
    const lat = (s, k) => s && s.latency.count > 0 ? s.latency[k] : null;
    const err = (s) => (s && s.requests > 0 ? errorPercent(s) : null);
    return {
        name,
        p50: pair(lat(c, 'p50'), lat(b, 'p50')),
        p95: pair(lat(c, 'p95'), lat(b, 'p95')),
        p99: pair(lat(c, 'p99'), lat(b, 'p99')),
        errorPercent: pair(err(c), err(b)),
        rps: pair(c?.rps ?? null, b?.rps ?? null),
    };
}
/** Canary and baseline per endpoint (by name, the canary's order, then the baseline's own), and the whole run last. */
function sideBySideRows(canary, baseline) {
    const names = [...canary.endpoints.map((e) => e.name)];
    for (const e of baseline.endpoints)
        if (!names.includes(e.name))
            names.push(e.name);
    const find = (m, name) => m.endpoints.find((e) => e.name === name);
    return [
        ...names.map((name) => row(name, find(canary, name), find(baseline, name))),
        row('Total', canary.overall, baseline.overall),
    ];
}
/** A relative change as `+18 %` / `-3.2 %`. */
function changeText(change) {
    if (change === null)
        return '–';
    const percent = change * 100;
    const digits = Math.abs(percent) >= 10 ? 0 : 1;
    return `${percent > 0 ? '+' : ''}${percent.toFixed(digits)} %`;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/integrations/artifact-upload.ts
/**
 * Upload the report bundle as a workflow artifact with @actions/artifact.
 *
 * The client reads its own environment (set by the runner for every step):
 * ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and GITHUB_SERVER_URL (GHES is refused).
 */

/** Characters artifact names may not contain (the client rejects them), plus whitespace. */
const UNSAFE_NAME_CHARS = /["':<>|*?\r\n\\/\s]+/g;
const MAX_NAME_LENGTH = 200;
/** A name part with the characters artifact names reject replaced by `-`. */
function sanitizeArtifactNamePart(text) {
    return text
        .replace(UNSAFE_NAME_CHARS, '-')
        .replace(/[^\x20-\x7e]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
/**
 * The artifact name: `base`, or `base-<jobKey>` when a job key is given, so each leg
 * of a matrix uploads its own artifact instead of colliding on one name.
 */
function artifactName(base, jobKey) {
    const head = sanitizeArtifactNamePart(base) || 'loadgate-report';
    const tail = jobKey ? sanitizeArtifactNamePart(jobKey) : '';
    const name = tail ? `${head}-${tail}` : head;
    return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH).replace(/[-.]+$/, '') : name;
}
/**
 * A key that tells apart the legs of a matrix running the action in one job
 * (GITHUB_JOB is the same for all of them): the job id, the environment or target
 * host, and a short hash of what the leg gates (target, environment, load shape,
 * endpoints, thresholds). Stable across re-runs, so the PR comment is found again.
 */
function deriveJobKey(job, settings) {
    let host = settings.targetUrl;
    try {
        host = new URL(settings.targetUrl).host;
    }
    catch {
        // Keep the text as it is.
    }
    const identity = JSON.stringify([
        settings.targetUrl,
        settings.environment ?? null,
        settings.stages,
        settings.endpoints.map((e) => [e.name, e.weight]),
        settings.thresholds.map((t) => t.source),
    ]);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(identity).digest('hex').slice(0, 8);
    return [job || 'loadgate', settings.environment ?? host, hash].join('-');
}
function artifactUrl(id, where) {
    if (!where.serverUrl || !where.repository || !where.runId)
        return undefined;
    return `${where.serverUrl.replace(/\/+$/, '')}/${where.repository}/actions/runs/${where.runId}/artifacts/${id}`;
}
async function publishArtifact(options) {
    const name = artifactName(options.name, options.jobKey);
    // Loaded when used: the client library is large, and most runs never need it.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(name, options.files, options.rootDir, {
        ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
    });
    if (uploaded.id === undefined)
        throw new Error(`the artifact service returned no id for ${name}`);
    const url = artifactUrl(uploaded.id, options);
    return {
        id: uploaded.id,
        name,
        ...(uploaded.size !== undefined ? { size: uploaded.size } : {}),
        ...(uploaded.digest !== undefined ? { digest: uploaded.digest } : {}),
        ...(url ? { url } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/integrations/run-integration.ts
/**
 * Failure isolation for the integrations (artifact, Slack, Pushgateway, PR comment):
 * none of them may change the verdict or stop the others. Each runs with its own
 * time limit and its own try/catch; whatever goes wrong becomes one warning.
 */
const REDACTED = '***';
/**
 * Replace every secret in `text` (also in its URL-encoded form) with `***`, and any
 * `user:password@` part of a URL.
 */
function scrubSecrets(text, secrets = []) {
    let out = text;
    const forms = new Set();
    for (const secret of secrets) {
        if (!secret || secret.length < 4)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
        forms.add(encodeURI(secret));
        try {
            // A URL as the WHATWG parser prints it (e.g. a trailing slash added).
            forms.add(new URL(secret).href);
        }
        catch {
            // Not a URL.
        }
    }
    // Longest first, so a secret that contains another is replaced whole.
    for (const form of [...forms].sort((a, b) => b.length - a.length))
        out = out.split(form).join(REDACTED);
    // Credentials in any URL, and Slack webhook paths even when not passed as secrets.
    out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${REDACTED}@`);
    out = out.replace(/(hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/)[^\s"'<>]+/gi, `$1${REDACTED}`);
    return out;
}
/** One line naming what went wrong, following `cause` chains (fetch hides the socket error there). */
function describeError(error) {
    if (error === undefined || error === null)
        return `unknown error (${String(error)} was thrown)`;
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
        const text = describeOne(current);
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        current = current instanceof Error ? current.cause : undefined;
    }
    const line = parts.join(': ').replace(/\s+/g, ' ').trim();
    return line.length > 600 ? `${line.slice(0, 597)}...` : line || 'unknown error';
}
function describeOne(value) {
    if (value instanceof AggregateError) {
        const inner = value.errors.map(describeOne).filter(Boolean);
        const code = value.code;
        return [value.message, typeof code === 'string' ? code : '', ...inner].filter(Boolean).join('; ');
    }
    if (value instanceof Error) {
        const code = value.code;
        const message = value.message || value.name;
        // System error codes (ECONNREFUSED…) say more than some messages; library codes do not.
        return typeof code === 'string' && /^E[A-Z0-9_]+$/.test(code) && !message.includes(code)
            ? `${message} (${code})`
            : message;
    }
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object') {
        try {
            return JSON.stringify(value) ?? String(value);
        }
        catch {
            return Object.prototype.toString.call(value);
        }
    }
    return String(value);
}
class IntegrationTimeout extends Error {
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms (timed out)`);
    }
}
/**
 * Run one integration. `fn` gets a signal that aborts when the time is up, to pass on
 * to its HTTP client. Resolves to `fn`'s result, or to undefined after exactly one
 * `warn` call naming the integration and the cause (secrets scrubbed). Never rejects.
 */
async function runIntegration(name, timeoutMs, fn, warn, options = {}) {
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new IntegrationTimeout(timeoutMs);
            reject(error);
            controller.abort(error);
        }, timeoutMs);
    });
    try {
        const work = Promise.resolve().then(() => fn(controller.signal));
        // The work may still settle after the time-out: that late result is of no interest.
        work.catch(() => undefined);
        return await Promise.race([work, timeout]);
    }
    catch (error) {
        const message = `${name} failed: ${scrubSecrets(describeError(error), options.secrets)}`;
        try {
            warn(message);
        }
        catch {
            // A broken warn must not break the caller either.
        }
        return undefined;
    }
    finally {
        clearTimeout(timer);
        timeout.catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The released version, shown in reports and results.json. */
const TOOL_VERSION = package_namespaceObject.rE;
const TOOL_NAME = 'loadgate';

;// CONCATENATED MODULE: ./src/report/markdown-text.ts
/**
 * User text in markdown (endpoint names, paths, thresholds): escaped so it cannot break
 * a table or inject markup, and cut to a cell's length. Shared by every markdown section.
 */
/** Characters of user text a cell shows at most. */
const MAX_CELL_CHARS = 160;
function truncate(text, max = MAX_CELL_CHARS) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** User text for a table cell or a line: no HTML, no markdown emphasis or links, no row breaks. */
function markdownText(text) {
    return truncate(text.replace(/\r?\n|\r/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~#!])/g, '\\$1');
}
/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
function codeSpan(text) {
    const flat = truncate(text.replace(/\r?\n|\r/g, ' '));
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/traffic-report.ts



/** Rows of the violation and check tables shown at most (results.json has all kept rows). */
const MAX_TRAFFIC_ROWS = 50;
function count(n, one, many = `${one}s`) {
    return `${format_formatNumber(n)} ${n === 1 ? one : many}`;
}
/** `401 × 3, timeout × 1` */
function reasons(failures, max = 3) {
    const entries = Object.entries(failures);
    const shown = entries.slice(0, max).map(([reason, n]) => `${reason} × ${format_formatNumber(n)}`);
    if (entries.length > max)
        shown.push(`${entries.length - max} more`);
    return shown.join(', ');
}
function setupLabel(ctx) {
    const steps = ctx.settings.traffic?.setup ?? [];
    return steps.length === 1 ? steps[0].name : 'setup';
}
/** Findings about setup, isolation and checks, most important first. */
function trafficFindings(ctx) {
    const traffic = ctx.measurements.traffic;
    if (!traffic)
        return [];
    const out = [];
    const isolation = traffic.isolation;
    if (isolation && isolation.violations > 0) {
        const worst = isolation.details
            .slice(0, 3)
            .map((v) => `${v.endpoint} showed ${v.seenTenant}'s data to ${v.requestingTenant} (${format_formatNumber(v.count)})`);
        out.push(`${count(isolation.violations, 'tenant-isolation violation')} in ${format_formatNumber(isolation.checked)} responses checked: ` +
            `${worst.join('; ')}${isolation.details.length > 3 ? `; and ${count(isolation.details.length - 3, 'more pair')}` : ''}.`);
    }
    const setup = traffic.setup;
    if (setup && setup.failed > 0) {
        const users = setup.users.failed > 0
            ? `for ${format_formatNumber(setup.users.failed)} of ${format_formatNumber(setup.users.total)} users`
            : '';
        const never = setup.users.total - setup.users.loggedIn;
        out.push(`${setupLabel(ctx)} failed ${users}: ${reasons(setup.failures)}` +
            (never > 0
                ? `; ${count(never, 'user')} never got past it and sent no gated requests.`
                : '; each retried and got through.'));
    }
    const failing = traffic.checks.filter((check) => check.fails > 0).sort((a, b) => b.fails - a.fails);
    if (failing.length > 0) {
        const shown = failing
            .slice(0, 3)
            .map((c) => `"${c.name}" on ${c.endpoint} (${format_formatNumber(c.fails)} of ${format_formatNumber(c.passes + c.fails)})`);
        out.push(`Checks failed: ${shown.join(', ')}${failing.length > 3 ? `, and ${failing.length - 3} more` : ''}.`);
    }
    if (traffic.reauthentications > 0) {
        out.push(`${count(traffic.reauthentications, 'request')} got a 401 and logged in again before being retried once; ` +
            'the 401s are not counted as failed requests.');
    }
    return out;
}
function traffic_report_row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(header, align, rows, rowsAre) {
    const lines = [
        traffic_report_row(header),
        traffic_report_row(align.map((a) => (a === 'r' ? '---:' : '---'))),
        ...rows.slice(0, MAX_TRAFFIC_ROWS).map(traffic_report_row),
    ];
    if (rows.length > MAX_TRAFFIC_ROWS)
        lines.push('', `…and ${format_formatNumber(rows.length - MAX_TRAFFIC_ROWS)} more ${rowsAre}, in results.json.`);
    return lines;
}
function setupLines(ctx, traffic) {
    const setup = traffic.setup;
    if (!setup)
        return [];
    const { latency } = setup;
    const lines = [
        '',
        '### Setup (measured apart from the gated traffic)',
        '',
        `${format_formatNumber(setup.users.loggedIn)} of ${format_formatNumber(setup.users.total)} users completed the setup; ` +
            `${count(setup.requests, 'setup request')}, ${format_formatNumber(setup.failed)} failed` +
            (setup.failed > 0 ? ` (${markdownText(reasons(setup.failures, 5))})` : '') +
            (latency.count > 0
                ? `; p50 ${format_formatMs(latency.p50)}, p95 ${format_formatMs(latency.p95)}, max ${format_formatMs(latency.max)}`
                : '') +
            '.',
    ];
    if (traffic.reauthentications > 0) {
        lines.push('', `${count(traffic.reauthentications, 'gated request')} got a 401 and logged in again (retried once; the 401s are not gated errors).`);
    }
    const steps = ctx.settings.traffic?.setup ?? [];
    if (steps.length > 0) {
        lines.push('', ...table(['Setup request', 'Request', 'Captures', 'Sent', 'Failed'], ['l', 'l', 'l', 'r', 'r'], steps.map((step, i) => [
            markdownText(step.name),
            codeSpan(`${step.method} ${step.path}`),
            (step.captures ?? []).map((c) => codeSpan(c.name)).join(', ') || '–',
            format_formatNumber(setup.steps[i]?.requests ?? 0),
            format_formatNumber(setup.steps[i]?.failed ?? 0),
        ]), 'setup requests'));
    }
    return lines;
}
function checkLines(traffic) {
    if (traffic.checks.length === 0)
        return [];
    let passes = 0;
    let total = 0;
    for (const check of traffic.checks) {
        passes += check.passes;
        total += check.passes + check.fails;
    }
    return [
        '',
        '### Checks',
        '',
        total > 0
            ? `${format_formatPercent((passes / total) * 100)} of ${format_formatNumber(total)} checks passed.`
            : 'No check ran.',
        '',
        ...table(['Check', 'Endpoint', 'Passed', 'Failed', 'Rate'], ['l', 'l', 'r', 'r', 'r'], traffic.checks.map((c) => [
            markdownText(c.name),
            markdownText(c.endpoint),
            format_formatNumber(c.passes),
            format_formatNumber(c.fails),
            c.passes + c.fails > 0 ? format_formatPercent((c.passes / (c.passes + c.fails)) * 100) : '–',
        ]), 'checks'),
    ];
}
function isolationLines(ctx, traffic) {
    const isolation = traffic.isolation;
    const settings = ctx.settings.traffic?.isolation;
    if (!isolation || !settings)
        return [];
    const where = settings.from === 'json' ? `JSON path ${codeSpan(settings.path)}` : `header ${codeSpan(settings.path)}`;
    const lines = [
        '',
        '### Tenant isolation',
        '',
        `Tenant read from the ${where}, compared with the data field ${codeSpan(settings.field)}: ` +
            `**${count(isolation.violations, 'violation')}** in ${format_formatNumber(isolation.checked)} responses checked` +
            (isolation.unchecked > 0
                ? ` (${format_formatNumber(isolation.unchecked)} showed no tenant and were not judged)`
                : '') +
            '. Response bodies are never shown.',
    ];
    if (isolation.details.length > 0) {
        lines.push('', ...table(['Endpoint', 'Requesting tenant', 'Tenant seen', 'Responses'], ['l', 'l', 'l', 'r'], isolation.details.map((v) => [
            markdownText(v.endpoint),
            markdownText(v.requestingTenant),
            markdownText(v.seenTenant),
            format_formatNumber(v.count),
        ]), 'violation rows'));
        if (isolation.detailsDropped > 0) {
            lines.push('', `${count(isolation.detailsDropped, 'further violation')} fell in rows beyond the first ${isolation.details.length}.`);
        }
    }
    return lines;
}
function scenarioLines(ctx) {
    const traffic = ctx.settings.traffic;
    if (!traffic)
        return [];
    const parts = [];
    if (traffic.data) {
        parts.push(`Test data ${codeSpan(traffic.data.file)}: ${count(traffic.data.records.length, 'record')}, ` +
            `columns ${traffic.data.columns.map((c) => codeSpan(c)).join(', ')} (values not shown), taken ${traffic.data.order === 'random' ? 'at random' : 'round-robin'} per VU.`);
    }
    if (traffic.thinkTime) {
        const { minMs, maxMs } = traffic.thinkTime;
        parts.push(`Think time ${minMs === maxMs ? formatDuration(minMs) : `${formatDuration(minMs)} to ${formatDuration(maxMs)}`} after each request.`);
    }
    return parts.length > 0 ? ['', ...parts] : [];
}
/** The report.md section; empty when the run used no realistic-traffic feature. */
function trafficSection(ctx) {
    const traffic = ctx.measurements.traffic;
    if (!traffic || !ctx.settings.traffic)
        return [];
    return [
        '',
        '## Realistic traffic',
        ...scenarioLines(ctx),
        ...setupLines(ctx, traffic),
        ...checkLines(traffic),
        ...isolationLines(ctx, traffic),
    ];
}
/** Lines for the terminal summary, in its `name....: value` style. */
function trafficTextLines(ctx, dotted) {
    const traffic = ctx.measurements.traffic;
    if (!traffic)
        return [];
    const lines = [];
    if (traffic.checks.length > 0) {
        let passes = 0;
        let total = 0;
        for (const check of traffic.checks) {
            passes += check.passes;
            total += check.passes + check.fails;
        }
        lines.push(dotted('checks', total > 0
            ? `${formatPercent((passes / total) * 100)}  ${formatNumber(passes)} of ${formatNumber(total)}`
            : 'none ran'));
    }
    if (traffic.isolation) {
        lines.push(dotted('isolation_violations', `${formatNumber(traffic.isolation.violations)}  in ${formatNumber(traffic.isolation.checked)} responses checked`));
    }
    if (traffic.setup) {
        const s = traffic.setup;
        lines.push(dotted('setup_reqs', `${formatNumber(s.requests)}  ${formatNumber(s.failed)} failed · ${formatNumber(s.users.loggedIn)} of ${formatNumber(s.users.total)} users in` +
            (s.latency.count > 0 ? ` · p95 ${formatMs(s.latency.p95)}` : '')));
        if (traffic.reauthentications > 0)
            lines.push(dotted('reauthentications', formatNumber(traffic.reauthentications)));
    }
    return lines;
}
/** The traffic settings for results.json: data described by its columns and size (no values), captures by name. */
function trafficResultsSettings(settings) {
    const traffic = settings.traffic;
    if (!traffic)
        return null;
    return {
        data: traffic.data
            ? {
                file: traffic.data.file,
                order: traffic.data.order,
                records: traffic.data.records.length,
                columns: traffic.data.columns,
                secretColumns: traffic.data.secretColumns,
            }
            : null,
        setup: traffic.setup.map((step) => ({
            name: step.name,
            method: step.method,
            path: step.path,
            headers: Object.keys(step.headers),
            hasBody: step.body !== undefined,
            expectStatus: step.expectStatus,
            captures: (step.captures ?? []).map((c) => ({ name: c.name, from: c.from, path: c.path })),
        })),
        thinkTime: traffic.thinkTime ?? null,
        isolation: traffic.isolation ?? null,
    };
}

;// CONCATENATED MODULE: ./src/report/results-document.ts




const RESULTS_SCHEMA_VERSION = 2;
/** What a header value is replaced with. */
const results_document_REDACTED = '***';
/** The settings written to results.json: an explicit list, so a new (possibly secret) field is never copied by accident. */
const RESULTS_SETTINGS_KEYS = [
    'targetUrl',
    'environment',
    'configPath',
    'stages',
    'maxVus',
    'endpoints',
    'headers',
    'timeoutMs',
    'failOnBreach',
    'autoRollback',
    'reportDir',
];
function redactHeaders(headers) {
    return Object.fromEntries(Object.keys(headers).map((name) => [name, results_document_REDACTED]));
}
function redactSettings(settings) {
    const picked = Object.fromEntries(RESULTS_SETTINGS_KEYS.filter((key) => settings[key] !== undefined).map((key) => [key, settings[key]]));
    return {
        ...picked,
        targetUrl: displayUrl(settings.targetUrl),
        headers: redactHeaders(settings.headers),
        endpoints: settings.endpoints.map((endpoint) => ({
            ...endpoint,
            headers: redactHeaders(endpoint.headers),
        })),
    };
}
/** The object written as results.json. */
function buildResultsDocument(ctx) {
    const { settings, evaluation } = ctx;
    return {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: ctx.toolVersion },
        generatedAt: ctx.generatedAt,
        verdict: evaluation.verdict,
        verdictReasons: [...evaluation.reasons],
        rollback: ctx.rollback,
        target: displayUrl(settings.targetUrl),
        environment: settings.environment ?? null,
        runUrl: ctx.runUrl ?? null,
        settings: redactSettings(settings),
        traffic: trafficResultsSettings(settings),
        measurements: ctx.measurements,
        thresholds: evaluation.results.map(({ threshold: t, actual, status, note }) => ({
            source: t.source,
            origin: t.origin,
            metric: t.metric,
            tags: { ...t.tags },
            aggregation: t.aggregation,
            percentile: t.percentile ?? null,
            operator: t.operator,
            limit: t.limit,
            marginalLimit: t.marginalLimit ?? null,
            relative: t.relative ?? null,
            actual,
            status,
            note: note ?? null,
        })),
        failedSlos: evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source),
        baseline: ctx.baseline ?? null,
        comparison: comparisonDocument(evaluation),
    };
}
function comparisonDocument(evaluation) {
    if (evaluation.baseline === undefined)
        return null;
    const thresholds = [];
    evaluation.results.forEach((r, index) => {
        if (!r.threshold.relative || !r.comparison)
            return;
        thresholds.push({
            index,
            source: r.threshold.source,
            endpoint: r.threshold.tags.endpoint ?? null,
            status: r.status,
            actual: r.actual,
            ...r.comparison,
        });
    });
    return {
        ...evaluation.baseline,
        thresholds,
        regressions: regressionsOf(evaluation.results),
        reasons: comparisonReasons(evaluation.results),
    };
}

;// CONCATENATED MODULE: ./src/baseline/read-results-file.ts
/**
 * An earlier run's results.json as a baseline: its `measurements`, checked for the
 * fields a comparison needs. Whatever is wrong with the file (absent, not JSON, another
 * schema, no requests) is a `missing` reason: a warning for the run, never a crash, so
 * that `baseline-missing: pass` can let a first run through.
 */




/** The current schema and the one before it: a release's baseline may come from the previous release. */
const ACCEPTED_SCHEMA_VERSIONS = [
    RESULTS_SCHEMA_VERSION - 1,
    RESULTS_SCHEMA_VERSION,
].filter((version) => version >= 1);
/** Largest results file read, so a wrong path to a huge file is refused instead of exhausting memory. */
const MAX_RESULTS_FILE_BYTES = 50 * 1024 * 1024;
const latency = schemas/* looseObject */._H3({
    count: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    p50: schemas/* number */.aig(),
    p90: schemas/* number */.aig(),
    p95: schemas/* number */.aig(),
    p99: schemas/* number */.aig(),
    max: schemas/* number */.aig(),
});
const requestStats = {
    requests: schemas/* number */.aig(),
    succeeded: schemas/* number */.aig(),
    failed: schemas/* number */.aig(),
    rps: schemas/* number */.aig(),
    latency,
};
/** What a comparison reads; everything else in `measurements` is kept as it is. */
const measurementsSchema = schemas/* looseObject */._H3({
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
    durationMs: schemas/* number */.aig(),
    overall: schemas/* looseObject */._H3(requestStats),
    endpoints: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), ...requestStats })),
    timeSeries: schemas/* array */.YOg(schemas/* looseObject */._H3({
        t: schemas/* number */.aig(),
        requests: schemas/* number */.aig(),
        errors: schemas/* number */.aig(),
        p50: schemas/* number */.aig(),
        p95: schemas/* number */.aig(),
        p99: schemas/* number */.aig(),
    })),
});
/** The measurements of a results.json text, or why they cannot be used; `name` says which file in messages. */
function parseResultsDocument(text, name) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof SyntaxError ? error.message : String(error);
        return { problem: `${name} is not JSON (${detail}); expected the results.json a loadgate run writes` };
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        return { problem: `${name} is not a results.json (not a JSON object)` };
    }
    const { schemaVersion, measurements, generatedAt } = document;
    if (schemaVersion === undefined) {
        return { problem: `${name} has no schemaVersion; expected the results.json a loadgate run writes` };
    }
    if (typeof schemaVersion !== 'number' || !ACCEPTED_SCHEMA_VERSIONS.includes(schemaVersion)) {
        return {
            problem: `${name} has schemaVersion ${JSON.stringify(schemaVersion)}; this version of loadgate reads ${ACCEPTED_SCHEMA_VERSIONS.join(' or ')}`,
        };
    }
    if (measurements === undefined || measurements === null) {
        return { problem: `${name} has no measurements` };
    }
    const checked = measurementsSchema.safeParse(measurements);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const at = ['measurements', ...issue.path].join('.');
        return { problem: `${name} has incomplete measurements (${at}: ${issue.message})` };
    }
    if (checked.data.overall.requests === 0) {
        return { problem: `${name} has no measurements: its run completed no requests` };
    }
    return {
        measurements: measurements,
        ...(typeof generatedAt === 'string' && !Number.isNaN(Date.parse(generatedAt)) ? { generatedAt } : {}),
    };
}
/**
 * Reads `path` (absolute, already checked to be inside the workspace) as a baseline.
 * `displayPath` is the path as the user gave it; `now` is when this run started.
 */
async function readResultsFile(source, now = Date.now()) {
    const origin = { kind: 'results', label: source.displayPath };
    const missing = (reason) => ({ origin, missing: reason });
    let text;
    try {
        // The settings resolved every link; one that appeared since could lead anywhere.
        if ((await (0,promises_.realpath)(source.path)) !== source.path) {
            return missing(`${source.displayPath} has become a symbolic link since the settings were read; not read`);
        }
        const { size } = await (0,promises_.stat)(source.path);
        if (size > MAX_RESULTS_FILE_BYTES) {
            return missing(`${source.displayPath} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB; expected a results.json`);
        }
        text = await (0,promises_.readFile)(source.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return missing(`${source.displayPath} does not exist`);
        if (code === 'EISDIR')
            return missing(`${source.displayPath} is a directory`);
        return missing(`${source.displayPath} could not be read (${code ?? String(error)})`);
    }
    const parsed = parseResultsDocument(text, source.displayPath);
    if ('problem' in parsed)
        return missing(parsed.problem);
    return { origin: withAge(origin, parsed.generatedAt, now), measurements: parsed.measurements };
}
/** The origin with when its run was made and how old it is, in its label too. */
function withAge(origin, createdAt, now) {
    if (createdAt === undefined)
        return origin;
    const ageMs = Math.max(0, now - Date.parse(createdAt));
    return {
        ...origin,
        label: `${origin.label} (from ${createdAt}, ${describeAge(ageMs)} old)`,
        createdAt,
        ageMs,
    };
}

;// CONCATENATED MODULE: ./src/baseline/find-baseline-artifact.ts
/**
 * The report artifact of the last successful run as a baseline. With the token:
 * the workflow's last successful run on the branch (GitHub REST API, this run
 * excluded), then that run's artifacts and the download of the report artifact with
 * @actions/artifact (`findBy`: token, repository and run id), unzipped under the runner's
 * temp directory, and its results.json read as an earlier run's results.
 *
 * Everything that can go wrong (no token, no earlier successful run, no artifact, an API
 * or download failure, no answer in time) is a `missing` reason with the token scrubbed:
 * a warning for the run, never an exception. Both clients find the API through
 * GITHUB_API_URL; @actions/github reads it when it is loaded.
 */





/** The artifact client retries a 5xx answer five times (1 s, 4 s, … 25 s apart): this bounds the whole search. */
const ARTIFACT_BASELINE_TIMEOUT_MS = 90_000;
async function findBaselineArtifact(request) {
    const { source } = request;
    const where = `${source.workflow ?? 'this workflow'} on ${source.branch ?? 'the default branch'}`;
    const origin = { kind: 'artifact', label: `the last successful run of ${where}` };
    const missing = (reason, at = origin) => ({
        origin: at,
        missing: scrubSecrets(reason, request.token ? [request.token] : []),
    });
    if (!request.token) {
        return missing('no token: baseline-artifact needs github-token (with the actions: read permission)');
    }
    const [owner, repo] = (request.repository ?? '').split('/');
    if (!owner || !repo)
        return missing('the repository is unknown (GITHUB_REPOSITORY is not set)');
    const timeoutMs = request.timeoutMs ?? ARTIFACT_BASELINE_TIMEOUT_MS;
    const controller = new AbortController();
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort();
            resolve(missing(`no answer from the GitHub API within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
    });
    const work = search({ ...request, token: request.token }, owner, repo, origin, controller.signal).catch((error) => missing(describeApiFailure(error)));
    try {
        const found = await Promise.race([work, timedOut]);
        return 'missing' in found ? missing(found.missing, found.origin) : found;
    }
    finally {
        clearTimeout(timer);
    }
}
async function search(request, owner, repo, origin, signal) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(request.token, { request: { signal } });
    const missing = (reason, at = origin) => ({
        origin: at,
        missing: reason,
    });
    let workflow = request.source.workflow ?? workflowFileOf(request.workflowRef);
    if (workflow === undefined && request.runId) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner,
            repo,
            run_id: Number(request.runId),
        });
        workflow = data.workflow_id;
    }
    if (workflow === undefined) {
        return missing('this workflow is unknown (GITHUB_WORKFLOW_REF is not set); set baseline-artifact to WORKFLOW_FILE[@BRANCH]');
    }
    let branch = request.source.branch ?? request.defaultBranch;
    if (branch === undefined) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
        branch = data.default_branch;
    }
    const { data: runs } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: 5,
    });
    const run = runs.workflow_runs.find((r) => String(r.id) !== request.runId);
    if (!run)
        return missing(`no earlier successful run of ${workflow} on ${branch}`);
    const createdAt = run.run_started_at ?? run.created_at;
    const runOrigin = withAge({
        kind: 'artifact',
        label: `run ${run.id} of ${workflow} on ${branch}`,
        runId: run.id,
        ...(run.html_url ? { runUrl: run.html_url } : {}),
    }, createdAt ?? undefined, request.now ?? Date.now());
    // Loaded when used: the client library is large, and most runs never need it.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    const findBy = {
        token: request.token,
        repositoryOwner: owner,
        repositoryName: repo,
        workflowRunId: run.id,
    };
    const { artifacts } = await client.listArtifacts({ latest: true, findBy });
    const chosen = chooseReportArtifact(artifacts, request.source.artifactName, request.report);
    if ('problem' in chosen)
        return missing(`${runOrigin.label}: ${chosen.problem}`, runOrigin);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(request.tempDir, 'loadgate-baseline-'));
    try {
        await client.downloadArtifact(chosen.artifact.id, { path: dir, findBy });
        const file = await findResultsFile(dir);
        if (!file)
            return missing(`${runOrigin.label}: artifact ${chosen.artifact.name} has no results.json`, runOrigin);
        if ((await (0,promises_.stat)(file)).size > MAX_RESULTS_FILE_BYTES) {
            return missing(`${runOrigin.label}: the results.json of ${chosen.artifact.name} is too large`, runOrigin);
        }
        const parsed = parseResultsDocument(await (0,promises_.readFile)(file, 'utf8'), `the results.json of artifact ${chosen.artifact.name}`);
        if ('problem' in parsed)
            return missing(`${runOrigin.label}: ${parsed.problem}`, runOrigin);
        return { origin: runOrigin, measurements: parsed.measurements };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** What a failed API call means for the user: the permission a 403 lacks, what a 404 did not find. */
function describeApiFailure(error) {
    const status = error.status;
    const url = error.request?.url;
    const what = typeof url === 'string' ? ` (${new URL(url).pathname})` : '';
    if (status === 401)
        return `the GitHub API refused the token${what}: bad credentials`;
    if (status === 403) {
        return `the GitHub API refused the token${what}: it needs the actions: read permission (${describeError(error)})`;
    }
    if (status === 404)
        return `not found${what}: is the workflow file or the repository misspelt, or private to the token?`;
    return `the GitHub API failed${what}: ${describeError(error)}`;
}
/** `deploy.yml` from `acme/shop/.github/workflows/deploy.yml@refs/heads/main`. */
function workflowFileOf(workflowRef) {
    const match = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}
/**
 * The report artifact among a run's: the one named, else the one this job uploads,
 * else one of this job under other thresholds (the job key's hash differs), else the
 * only artifact with the report's base name.
 */
function chooseReportArtifact(artifacts, named, report) {
    const names = artifacts.length
        ? `it has ${artifacts
            .map((a) => a.name)
            .sort()
            .slice(0, 8)
            .join(', ')}${artifacts.length > 8 ? ', …' : ''}`
        : 'it has none (expired, or not uploaded)';
    if (named !== undefined) {
        const artifact = artifacts.find((a) => a.name === named);
        return artifact ? { artifact } : { problem: `no artifact named ${named}; ${names}` };
    }
    const own = artifactName(report.baseName, report.jobKey);
    const stem = own.slice(0, own.lastIndexOf('-') + 1);
    const base = artifactName(report.baseName);
    const exact = artifacts.find((a) => a.name === own);
    if (exact)
        return { artifact: exact };
    for (const candidates of [
        artifacts.filter((a) => stem.length > base.length && a.name.startsWith(stem)),
        artifacts.filter((a) => a.name === base || a.name.startsWith(`${base}-`)),
    ]) {
        if (candidates.length === 1)
            return { artifact: candidates[0] };
        if (candidates.length > 1) {
            return {
                problem: `several report artifacts (${candidates.map((a) => a.name).join(', ')}); set baseline-artifact-name to the one to compare with`,
            };
        }
    }
    return { problem: `no report artifact named ${base}…; ${names}` };
}
/** results.json at the top of the unzipped artifact, else the first one a few levels down. */
async function findResultsFile(dir, depth = 0) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const here = entries.find((entry) => entry.isFile() && entry.name === 'results.json');
    if (here)
        return external_node_path_default().join(dir, here.name);
    if (depth >= 3)
        return undefined;
    for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
        const found = await findResultsFile(external_node_path_default().join(dir, entry.name), depth + 1);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/baseline/load-baseline.ts
/**
 * The baseline a run compares with, loaded before any request is sent: an earlier
 * results.json or the last successful run's report artifact. A live baseline is not
 * loaded: the engine measures it during the run. The action and the CLI share this.
 */





/** The loaded baseline, or undefined when there is none to load (no source, or a live one). */
async function loadBaseline(settings, options = {}) {
    const source = settings.baseline?.source;
    const env = options.env ?? process.env;
    const now = options.now ?? Date.now();
    if (source?.kind === 'results')
        return readResultsFile(source, now);
    if (source?.kind !== 'artifact')
        return undefined;
    const defaultBranch = defaultBranchOf(env.GITHUB_EVENT_PATH);
    return findBaselineArtifact({
        source,
        report: { baseName: settings.publish.artifactName, jobKey: deriveJobKey(env.GITHUB_JOB, settings) },
        tempDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        now,
        ...(settings.publish.githubToken ? { token: settings.publish.githubToken } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
}
/** The default branch the event payload names (`repository.default_branch`), if it does. */
function defaultBranchOf(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined;
    }
}
/** One line for the log: where the baseline came from and what it holds, or why there is none. */
function describeBaseline(baseline, whenMissing) {
    if ('missing' in baseline) {
        const then = whenMissing === 'pass'
            ? 'the relative thresholds pass without it (baseline-missing: pass)'
            : 'the relative thresholds have no data, so they fail (baseline-missing: pass would let them pass)';
        return `Baseline not available: ${baseline.missing}; ${then}.`;
    }
    const { overall, durationMs } = baseline.measurements;
    const link = baseline.origin.runUrl ? ` ${baseline.origin.runUrl}` : '';
    return `Baseline: ${baseline.origin.label}${link}: ${overall.requests} requests over ${Math.round(durationMs / 1000)} s, p95 ${overall.latency.p95} ms`;
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/** The action's inputs (action.yml), shared by the action and the CLI. */
const INPUT_NAMES = [
    'target-url',
    'config',
    'environment',
    'duration',
    'vus',
    'ramp-up',
    'rate',
    'max-vus',
    'scenario',
    'endpoints',
    'thresholds',
    'headers',
    'timeout',
    'fail-on-breach',
    'auto-rollback',
    'report-dir',
    'upload-artifact',
    'artifact-name',
    'artifact-retention-days',
    'slack-webhook-url',
    'slack-notify-on',
    'pushgateway-url',
    'comment-on-pr',
    'check-run',
    'github-token',
    'baseline-url',
    'baseline-results',
    'baseline-artifact',
    'baseline-artifact-name',
    'baseline-missing',
    'confidence',
];
/** A full `RawInputs` from the given ones (the rest ''). */
function rawInputs(given = {}) {
    return Object.fromEntries(INPUT_NAMES.map((name) => [name, given[name] ?? '']));
}
/** Non-blank, non-comment lines of a multi-line input, with their 1-based line numbers. */
function meaningfulLines(text) {
    return text
        .split(/\r?\n/)
        .map((line, i) => ({ line: i + 1, text: line.trim() }))
        .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/config/action-inputs.ts
/** Reads the action's inputs from the runner (the only config module that uses @actions/core). */



/** Every input as given ('' when not given); `core.getInput` reads `INPUT_<NAME>` (e.g. `INPUT_TARGET-URL`). */
function readActionInputs() {
    return Object.fromEntries(INPUT_NAMES.map((name) => [name, core/* getInput */.V4(name)]));
}

;// CONCATENATED MODULE: ./src/config/defaults.ts
/** Built-in defaults: what a run uses for a key that no input, environment block or file top level gives. */
const DEFAULT_CONFIG_PATH = '.github/loadgate.yml';
const DEFAULTS = {
    durationMs: 30_000,
    vus: 10,
    rampUpMs: 0,
    endpoint: 'GET /',
    timeoutMs: 10_000,
    failOnBreach: true,
    autoRollback: true,
    reportDir: 'loadgate-report',
    /** A gate with no SLO would pass anything: without thresholds, errors must stay under 1 %. */
    threshold: 'http_req_failed: rate<0.01',
};

;// CONCATENATED MODULE: ./src/config/describe.ts
/** Small helpers that make issue messages: quoting received values and "did you mean". */

/** Longest part of a value a message quotes: enough to recognise it, never a whole file or a 100 kB URL. */
const EXCERPT_LENGTH = 60;
/**
 * A text as a message shows it: in double quotes (control characters escaped), cut to
 * `EXCERPT_LENGTH` characters with `… (N characters)` when longer.
 */
function excerpt(text, max = EXCERPT_LENGTH) {
    if (text.length <= max)
        return JSON.stringify(text);
    // Do not cut a surrogate pair in half.
    const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
    return `${JSON.stringify(text.slice(0, end))}… (${text.length} characters)`;
}
/** A text cut to `max` characters (with `…`), unquoted: for a library's own message. */
function shorten(text, max = EXCERPT_LENGTH) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** How a received value is quoted in a message: strings as an excerpt, other YAML values by kind. */
function quote(value) {
    if (typeof value === 'string')
        return excerpt(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return kindOf(value);
}
/** A value named by its kind only (`a mapping`, `a list`), for values that must not be shown. */
function kindOf(value) {
    if (typeof value === 'string')
        return 'a text';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return 'true or false';
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value;
}
/**
 * The candidate closest to `word` when it is close enough to be a likely typo (case
 * is ignored; at most two edits, or a third of the letters for long words), or the
 * only candidate that starts with it (`prod` → `production`); else undefined.
 */
function closestMatch(word, candidates) {
    const lower = word.toLowerCase();
    const extended = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
    if (lower.length >= 3 && extended.length === 1)
        return extended[0];
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = (0,mod/* distance */.Io)(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
    return bestDistance <= allowed ? best : undefined;
}
/** ` (did you mean "x"?)`-style suffix, or '' when nothing is close. */
function describe_didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `; did you mean "${match}"?`;
}
/** `a, b or c` */
function describe_listOf(items, conjunction = 'or') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/slo/threshold-condition.ts
/**
 * The k6 form's parts after the metric name: its tags (`{endpoint:GET /api/trades}`)
 * and its condition (aggregation, operator, limit, optional marginal band).
 */





const threshold_condition_OPERATORS = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, == or !=';
const SIMPLE_AGGREGATIONS = ['avg', 'med', 'min', 'max', 'rate', 'count', 'value'];
const AGGREGATION_SYNONYMS = {
    mean: 'avg',
    average: 'avg',
    median: 'med',
    minimum: 'min',
    maximum: 'max',
    total: 'count',
};
function percentileProblem(written) {
    return `the percentile ${q(written)} is out of range; expected p(N) with N above 0 and at most 100, e.g. p(95) or p(99.9)`;
}
const aggregationNames = (metric) => metric.aggregations.map((a) => (a === 'p' ? 'p(N)' : a));
// ---------------------------------------------------------------------------
// Tags
function unquote(value) {
    const match = /^(["'])(.*)\1$/s.exec(value);
    return match ? (match[2] ?? '') : value;
}
function parseTags(tagText, metric) {
    const tags = {};
    if (tagText === undefined)
        return tags;
    const example = `e.g. "${metric.name}{endpoint:GET /api/trades}: ${metric.example.split(': ')[1] ?? ''}"`;
    if (tagText.trim() === '')
        fail(`the braces after ${metric.name} are empty; expected key:value inside, ${example}`);
    // A comma starts a new tag only before `key:`, so endpoint names may hold commas.
    for (const part of tagText.split(/,(?=\s*[A-Za-z_][\w-]*\s*:)/)) {
        const colon = part.indexOf(':');
        const key = colon < 0 ? part.trim() : part.slice(0, colon).trim();
        const value = colon < 0 ? '' : unquote(part.slice(colon + 1).trim());
        if (colon < 0)
            fail(`the tag ${q(part.trim())} has no ":"; expected key:value, ${example}`);
        if (!metric.tags.includes(key)) {
            const takes = metric.tags.length === 0
                ? `${metric.name} takes no tags`
                : `${metric.name} takes ${listOf(metric.tags)}`;
            fail(`unknown tag ${q(key)}${didYouMean(nearest(key, metric.tags))}; ${takes}, ${example}`);
        }
        if (value === '')
            fail(`the tag ${q(key)} has no value; expected key:value, ${example}`);
        if (key in tags)
            fail(`the tag ${q(key)} is given twice; expected each tag once, ${example}`);
        tags[key] = value;
    }
    return tags;
}
function parseAggregation(written, metric) {
    const text = written.replace(/\s+/g, '');
    const takes = `${metric.name} takes ${listOf(aggregationNames(metric))}, e.g. ${q(metric.example)}`;
    let choice;
    const percentile = /^p\((.*)\)$/.exec(text);
    if (percentile) {
        const inner = percentile[1] ?? '';
        if (!new RegExp(`^${NUMBER_SOURCE}$`).test(inner)) {
            fail(`${q(text)} is not a percentile; expected p(N) with N a number above 0 and at most 100, e.g. p(95) or p(99.9)`);
        }
        const value = Number(inner);
        if (!(value > 0 && value <= 100))
            fail(percentileProblem(text));
        choice = { aggregation: 'p', percentile: value };
    }
    else if (SIMPLE_AGGREGATIONS.includes(text)) {
        choice = { aggregation: text };
    }
    else {
        const bare = /^p(\d+(?:\.\d+)?)$/i.exec(text);
        const suggestion = bare
            ? `p(${bare[1]})`
            : (AGGREGATION_SYNONYMS[text.toLowerCase()] ??
                nearest(text, [...metric.aggregations.filter((a) => a !== 'p'), ...SIMPLE_AGGREGATIONS]));
        fail(`unknown aggregation ${q(text)}${didYouMean(suggestion)}; ${takes}`);
    }
    const chosen = choice;
    if (!metric.aggregations.includes(chosen.aggregation)) {
        fail(`${q(text)} does not apply to ${metric.name}, a ${metric.kind} metric; ${takes}`);
    }
    return chosen;
}
function readOperator(text) {
    const written = /^[<>=!]+/.exec(text)?.[0] ?? '';
    const known = threshold_condition_OPERATORS.find((operator) => written === operator);
    if (known)
        return { operator: known, length: written.length };
    const hint = {
        '=': '==',
        '=<': '<=',
        '=>': '>=',
        '<>': '!=',
        '===': '==',
        '!==': '!=',
    };
    const suggestion = hint[written];
    return fail(`${q(written)} is not a comparison operator${didYouMean(suggestion)}; expected one of ${OPERATOR_LIST}, ` +
        `e.g. "http_req_duration: p(95)<=250"`);
}
function parseCondition(condition, metric) {
    const example = q(metric.example);
    if (condition === '')
        fail(`the condition after ":" is missing; expected e.g. ${example}`);
    const at = condition.search(/[<>=!]/);
    if (at < 0) {
        fail(`no comparison operator in ${q(condition)}; expected one of ${OPERATOR_LIST}, e.g. ${example}`);
    }
    const aggregationText = condition.slice(0, at).trim();
    if (aggregationText === '') {
        fail(`the aggregation is missing before ${q(condition.slice(at))}; ` +
            `${metric.name} takes ${listOf(aggregationNames(metric))}, e.g. ${example}`);
    }
    checkBaselineOnLeft(aggregationText);
    const choice = parseAggregation(aggregationText, metric);
    const { operator, length } = readOperator(condition.slice(at));
    const unit = valueUnit(metric, choice.aggregation);
    const written = `${metric.name}: ${aggregationText.replace(/\s+/g, '')}${operator}`;
    const rest = condition.slice(at + length).trim();
    if (rest === '')
        fail(`no limit after ${q(operator)}; expected ${unitHint(unit)}, e.g. ${q(written + SAMPLE_LIMITS[unit])}`);
    const band = splitBand(rest, BAND_EXAMPLE);
    if (isRelative(band.limit) || (band.marginal !== undefined && isRelative(band.marginal))) {
        const relative = parseRelativeLimit(operator, band.limit, band.marginal, unit);
        return {
            ...choice,
            operator,
            limit: boundNumber(relative.tolerance),
            ...(relative.marginal ? { marginalLimit: boundNumber(relative.marginal) } : {}),
            relative,
        };
    }
    const limit = parseLimit(band.limit, unit, 'the limit', q(written + SAMPLE_LIMITS[unit]));
    const result = { ...choice, operator, limit };
    if (band.marginal !== undefined) {
        result.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', BAND_EXAMPLE);
        checkBand(operator, limit, result.marginalLimit, unit);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/slo/threshold-short-form.ts
/**
 * The short forms of the seeds' performance_config.yml: `p95: 250ms`, `avg: 100`,
 * `error_rate: 0.5` (a bare number is a percentage), `throughput: 1000` (req/s).
 */




/** The short forms, as listed in messages. */
const SHORT_FORM_NAMES = [
    'p50',
    'p90',
    'p95',
    'p99',
    'p99.9',
    'avg',
    'med',
    'min',
    'max',
    'error_rate',
    'throughput',
];
function shortForm(name) {
    const latency = (aggregation, percentile) => ({
        metric: 'http_req_duration',
        aggregation,
        ...(percentile !== undefined ? { percentile } : {}),
        operator: '<',
        bareFactor: 1,
        example: '"p95: 250ms"',
    });
    const percentile = /^p(\d+(?:\.\d+)?)$/.exec(name);
    if (percentile) {
        const value = Number(percentile[1]);
        if (!(value > 0 && value <= 100)) {
            fail(`the percentile ${q(name)} is out of range; expected pN with N above 0 and at most 100, e.g. p95 or p99.9`);
        }
        return latency('p', value);
    }
    switch (name) {
        case 'avg':
        case 'med':
        case 'min':
        case 'max':
            return latency(name);
        case 'error_rate':
            return {
                metric: 'http_req_failed',
                aggregation: 'rate',
                operator: '<',
                bareFactor: 0.01,
                example: '"error_rate: 0.5%"',
            };
        case 'throughput':
            return {
                metric: 'http_reqs',
                aggregation: 'rate',
                operator: '>=',
                bareFactor: 1,
                example: '"throughput: 1000"',
            };
        default:
            return undefined;
    }
}
function parseShortForm(name, form, tagText, condition) {
    const metric = findMetric(form.metric);
    if (condition === '')
        fail(`the limit after ":" is missing; expected e.g. ${form.example}`);
    if (/^[<>=!]/.test(condition)) {
        fail(`a short form takes only the limit, not an operator (${name} passes ${form.operator === '<' ? 'below' : 'at or above'} it); expected e.g. ${form.example}, or the full form for other comparisons, e.g. "http_req_duration: p(95)<=250"`);
    }
    const unit = valueUnit(metric, form.aggregation);
    const band = splitBand(condition, `${form.example.slice(0, -1)} marginal …"`);
    const options = { bareFactor: form.bareFactor, bareIsPercent: form.bareFactor !== 1 };
    const relative = isRelative(band.limit) || (band.marginal !== undefined && isRelative(band.marginal))
        ? parseRelativeLimit(form.operator, band.limit, band.marginal, unit, options)
        : undefined;
    const limit = relative
        ? boundNumber(relative.tolerance)
        : parseLimit(band.limit, unit, 'the limit', form.example, options);
    const threshold = {
        metric: metric.name,
        tags: {},
        aggregation: form.aggregation,
        ...(form.percentile !== undefined ? { percentile: form.percentile } : {}),
        operator: form.operator,
        limit,
    };
    if (relative) {
        threshold.relative = relative;
        if (relative.marginal)
            threshold.marginalLimit = boundNumber(relative.marginal);
    }
    else if (band.marginal !== undefined) {
        threshold.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', form.example, options);
        checkBand(form.operator, limit, threshold.marginalLimit, unit);
    }
    if (tagText !== undefined) {
        const full = `${metric.name}{${tagText.trim()}}: ${writeCondition(threshold, unit)}`;
        fail(`a short form takes no tags; expected the full form, e.g. ${q(full)}`);
    }
    return threshold;
}
/** A parsed condition written back in the full form, e.g. `rate<0.5%` for `error_rate: 0.5`. */
function writeCondition(threshold, unit) {
    const write = (value) => unit === 'ratio' ? `${Number((value * 100).toPrecision(12))}%` : String(value);
    const aggregation = threshold.aggregation === 'p' ? `p(${threshold.percentile})` : threshold.aggregation;
    if (threshold.relative)
        return `${aggregation} ${threshold.operator} ${writeRelativeLimit(threshold.relative, unit)}`;
    const band = threshold.marginalLimit === undefined ? '' : ` marginal ${write(threshold.marginalLimit)}`;
    return `${aggregation}${threshold.operator}${write(threshold.limit)}${band}`;
}

;// CONCATENATED MODULE: ./src/slo/threshold-parser.ts
/**
 * Threshold expressions: k6's grammar, which users already know, plus the short
 * forms of the seeds' performance_config.yml.
 *
 *   threshold      ::= ( k6-threshold | short-threshold ) { abort-option }
 *
 *   k6-threshold   ::= metric [ "{" tag { "," tag } "}" ] ":" condition
 *   metric         ::= a name in metric-catalog.ts, e.g. http_req_duration
 *   tag            ::= tag-key ":" tag-value        ; tag-key from the metric's catalogue entry,
 *                                                   ; e.g. {endpoint:GET /api/trades}; the value may be quoted
 *   condition      ::= aggregation operator limit [ band ]
 *                    | aggregation relative-op relative-limit [ relative-band ]
 *   aggregation    ::= "avg" | "med" | "min" | "max" | "p(" number ")"   ; trend metrics, 0 < number <= 100
 *                    | "rate"                                            ; rate metrics: share of failures
 *                    | "count" | "rate"                                  ; counters: total, per second
 *   operator       ::= "<" | "<=" | ">" | ">=" | "==" | "!="
 *   band           ::= "marginal" limit             ; on the failing side of the limit; not with == or !=
 *
 *   relative-op    ::= "<" | "<=" | ">" | ">="       ; == and != cannot hold between two measured values
 *   relative-limit ::= "baseline" "*" number         ; the baseline's value times a factor above 0 (no unit)
 *                    | "baseline" "+" limit          ; the baseline's value plus an amount in the value's unit
 *   relative-band  ::= "marginal" relative-limit     ; of the limit's form ("*" or "+"), on its failing side
 *
 *   short-threshold ::= short-name ":" ( limit [ band ] | relative-limit [ relative-band ] )
 *   short-name     ::= "p" number | "avg" | "med" | "min" | "max"   ; http_req_duration <aggregation> < limit
 *                    | "error_rate"                                  ; http_req_failed rate < limit (bare number: percent)
 *                    | "throughput"                                  ; http_reqs rate >= limit (per second)
 *
 *   abort-option   ::= "abortOnFail"                  ; k6: evaluated every second during the run; a breach
 *                                                   ; at two evaluations in a row stops the load, verdict fail
 *                    | "delayAbortEval=" duration     ; k6: no abort before this much of the run, e.g. 10s
 *   duration       ::= e.g. 10s, 1m, 1m30s, 500ms   ; delayAbortEval needs abortOnFail
 *
 *   limit          ::= number [ unit ]
 *   number         ::= digits [ "." [ digits ] ] | "." digits       ; with an optional exponent, e.g. 1e3
 *   unit           ::= "us" | "µs" | "ms" | "s" | "m"               ; durations, to ms (bare: ms)
 *                    | "%"                                           ; rates, to a fraction (bare: a fraction 0..1)
 *                    | "/s" | "rps" | "req/s"                        ; request rates
 *                    | "B" | "kB" | "MB" | "GB" | "KiB" | "MiB" | "GiB" [ "/s" ]   ; data_* counters
 *
 * A relative threshold (`p(95) < baseline * 1.10`) is judged against the baseline's
 * measurements after the run (relative-limits.ts parses it, relative-thresholds.ts
 * judges it). `baseline - d` and `baseline / k` are refused (write `baseline * 0.9`),
 * and so is abortOnFail on it: there is no baseline value to hold it to during the run.
 *
 * In a config file's k6-style mapping the abort options may also be written as an object:
 * `http_req_duration: [{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}]`.
 *
 * Blanks are allowed between tokens. A condition states what passes: `p(95)<250`
 * passes while p95 stays under 250 ms. With `marginal 700`, a value from the limit up
 * to 700 is marginal and only beyond 700 fails; for `>` and `>=` the band lies below
 * the limit (`rate>100 marginal 80`).
 *
 * Error messages say what is wrong and show the form expected; they never name where
 * the text came from, which the caller adds.
 *
 * This module splits the text and reads the abort options; the parts are parsed beside
 * it: threshold-condition.ts (tags, aggregation, operator), threshold-limits.ts (limits,
 * units, the marginal band), threshold-short-form.ts; threshold-syntax.ts holds the
 * error and the wording of hints.
 */







// ---------------------------------------------------------------------------
// Splitting the text
/** Index of the first `:` outside `{…}`, or -1. */
function separatorIndex(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '{')
            depth++;
        else if (char === '}')
            depth = Math.max(0, depth - 1);
        else if (char === ':' && depth === 0)
            return i;
    }
    return -1;
}
function missingColon(text) {
    if (text.includes('{') && !text.includes('}')) {
        fail(`the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
    }
    if (/^[<>=!]/.test(text) || /^(?:p\s*\([^)]*\)|avg|med|min|max|rate|count)\s*[<>=!]/.test(text)) {
        fail(`the metric is missing; expected "metric: condition", e.g. "http_req_duration: ${text}"`);
    }
    // `http_req_duration p(95)<250`: suggest the colon when that reads.
    const spaced = /^([A-Za-z_][\w.]*(?:\{[^}]*\})?)\s+(\S.*)$/s.exec(text);
    let suggestion;
    if (spaced) {
        const candidate = `${spaced[1]}: ${spaced[2]}`;
        try {
            parseThreshold({ text: candidate, origin: '' });
            suggestion = candidate;
        }
        catch {
            suggestion = undefined;
        }
    }
    return fail(`no ":" after the metric${didYouMean(suggestion)}; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
}
function splitHead(head) {
    const match = /^([^\s{}:]+)\s*(?:\{(.*)\})?$/s.exec(head);
    if (match)
        return { name: match[1] ?? '', ...(match[2] !== undefined ? { tagText: match[2] } : {}) };
    if (head === '')
        fail(`the metric is missing before ":"; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
    if (head.includes('{') && !head.includes('}')) {
        fail(`the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
    }
    return fail(`${q(head)} is not a metric name; expected a name such as http_req_duration, with tags in braces if any, ` +
        `e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
}
function unknownMetric(name) {
    const suggestion = nearest(name, [...METRIC_NAMES, ...SHORT_FORM_NAMES]);
    return fail(`unknown metric ${q(name)}${didYouMean(suggestion)}; expected one of ${listOf(METRIC_NAMES)}, ` +
        `or a short form (${SHORT_FORM_NAMES.join(', ')}), e.g. ${GENERAL_EXAMPLE}`);
}
const ABORT_EXAMPLE = '"http_req_failed: rate<0.05 abortOnFail delayAbortEval=10s"';
/** Takes the trailing `abortOnFail` / `delayAbortEval=…` options off the text. */
function splitAbortOptions(text) {
    const options = {};
    let rest = text;
    for (;;) {
        const match = /\s+(abortOnFail|delayAbortEval)\b(?:\s*=\s*(\S*))?\s*$/i.exec(rest);
        if (!match)
            break;
        const [whole, name = '', value] = match;
        if (name === 'abortOnFail') {
            if (value !== undefined)
                fail(`abortOnFail takes no value; expected e.g. ${ABORT_EXAMPLE}`);
            options.abortOnFail = true;
        }
        else if (name === 'delayAbortEval') {
            if (!value)
                fail(`delayAbortEval needs a duration; expected e.g. ${ABORT_EXAMPLE}`);
            try {
                options.delayAbortEvalMs = parseDuration(value);
            }
            catch (error) {
                if (!(error instanceof DurationSyntaxError))
                    throw error;
                fail(`delayAbortEval=${value} is not a duration; expected e.g. delayAbortEval=10s, as in ${ABORT_EXAMPLE}`);
            }
        }
        else {
            fail(`${q(name)} is written abortOnFail or delayAbortEval (case matters); expected e.g. ${ABORT_EXAMPLE}`);
        }
        rest = rest.slice(0, rest.length - whole.length);
    }
    if (options.delayAbortEvalMs !== undefined && !options.abortOnFail) {
        fail(`delayAbortEval only delays abortOnFail; add abortOnFail, e.g. ${ABORT_EXAMPLE}`);
    }
    return { rest, options };
}
/**
 * Parses one threshold (see the grammar above). Throws `ThresholdSyntaxError` saying
 * what is wrong and the form expected.
 */
function parseThreshold(source) {
    const { rest, options } = splitAbortOptions(source.text.trim());
    const parsed = parseThresholdBody(source, rest);
    if (options.abortOnFail && parsed.relative) {
        fail('abortOnFail cannot stop the load on a relative threshold: it is compared with the baseline after the run; ' +
            'drop abortOnFail, or add an absolute threshold that aborts, e.g. ' +
            ABORT_EXAMPLE);
    }
    parsed.source = source.text.trim();
    return { ...parsed, ...options };
}
function parseThresholdBody(source, body) {
    const text = body.trim();
    if (text === '')
        fail(`the threshold is empty; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
    const colon = separatorIndex(text);
    if (colon < 0)
        missingColon(text);
    const { name, tagText } = splitHead(text.slice(0, colon).trim());
    const condition = text.slice(colon + 1).trim();
    const origin = { source: text, origin: source.origin };
    const short = shortForm(name);
    if (short)
        return { ...origin, ...parseShortForm(name, short, tagText, condition) };
    const metric = findMetric(name) ?? unknownMetric(name);
    const tags = parseTags(tagText, metric);
    return { ...origin, metric: metric.name, tags, ...parseCondition(condition, metric) };
}

;// CONCATENATED MODULE: ./src/config/target-url.ts
/**
 * The rules for a URL the load is sent to (`target-url`, and any later URL input such
 * as a baseline's): absolute http(s), one line without blanks or control characters
 * (the URL parser would drop a tab or line break silently), a port from 1 to 65535,
 * a host name DNS allows, no credentials. Each mistake has its own message, quoting
 * an excerpt of the value and never a password.
 */

const EXAMPLE = 'such as https://canary.example.com';
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Why the URL is refused, or undefined when it is fine. */
function targetUrlProblem(text) {
    // Control characters are what this looks for: the URL parser would drop some silently.
    // eslint-disable-next-line no-control-regex
    const odd = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.exec(text);
    if (odd) {
        return `got ${quote(text)}, which holds ${describeCharacter(odd[0])} at character ${odd.index + 1}; expected one URL without blanks or control characters, ${EXAMPLE}`;
    }
    const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d+)(?=$|[/?#])/i.exec(text)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        return `got ${quote(text)}, whose port ${quote(port)} is out of range; expected a port from 1 to 65535 (or none), ${EXAMPLE}`;
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `got ${quote(text)}; expected an absolute http or https URL ${EXAMPLE}`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return `got ${quote(text)}; expected an http or https URL ${EXAMPLE} (the scheme is ${url.protocol.slice(0, -1)})`;
    }
    if (url.username || url.password) {
        const shown = new URL(url.href);
        shown.username = shown.username ? '***' : '';
        shown.password = shown.password ? '***' : '';
        return `got ${quote(shown.href)}; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"`;
    }
    const host = url.hostname.replace(/\.$/, '');
    if (!host.startsWith('[')) {
        if (host.length > MAX_HOST_LENGTH) {
            return `got ${quote(text)}, whose host name has ${host.length} characters; expected at most ${MAX_HOST_LENGTH} (the DNS limit), ${EXAMPLE}`;
        }
        const long = host.split('.').find((label) => label.length > MAX_LABEL_LENGTH);
        if (long !== undefined) {
            return `got ${quote(text)}, whose host name has a label (part between dots) of ${long.length} characters; expected at most ${MAX_LABEL_LENGTH} (the DNS limit), ${EXAMPLE}`;
        }
    }
    return undefined;
}
/** Checks a URL the load goes to; reports the problem at `where`. Returns whether it is usable. */
function checkTargetUrl(value, where, add) {
    const problem = targetUrlProblem(value);
    if (problem)
        add(where, problem);
    return problem === undefined;
}
function describeCharacter(char) {
    if (char === '\n' || char === '\r')
        return 'a line break';
    if (char === '\t')
        return 'a tab';
    if (char === ' ')
        return 'a space';
    return `a control character (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

;// CONCATENATED MODULE: ./src/config/workspace-path.ts
/**
 * Paths the action reads or writes must lie inside the workspace (or another root
 * the caller allows, such as the runner's temp directory for reports). A config file
 * comes from the repository, maybe from a pull request: without this rule it could
 * point `data:` at the runner's own files and send them to a target. Symlinks are
 * followed before the check, so a link that leads out is refused too. A refused path
 * is quoted as given (an excerpt); the file it names is never read.
 */



/** The path resolved and checked, or undefined (with the issue reported at `where`). */
function checkWorkspacePath(given, where, options, add) {
    const refuse = (why) => {
        add(where, `got ${quote(given)}, ${why}; expected ${options.expected}`);
        return undefined;
    };
    if (given.includes('\0'))
        return refuse('which holds a NUL character');
    const follow = options.followLinks ?? true;
    const realRoot = (dir) => (follow ? realExisting(external_node_path_default().resolve(dir)) : external_node_path_default().resolve(dir));
    const roots = [options.workspace, ...(options.extraRoots ?? [])].map(realRoot);
    const lexical = external_node_path_default().resolve(options.workspace, given);
    const lexicalRoots = [options.workspace, ...(options.extraRoots ?? [])].map((dir) => external_node_path_default().resolve(dir));
    if (!lexicalRoots.some((root) => isInside(lexical, root)) &&
        !roots.some((root) => isInside(lexical, root))) {
        return refuse(external_node_path_default().isAbsolute(given) ? 'an absolute path outside the workspace' : 'which leads outside the workspace');
    }
    const absolute = follow ? realExisting(lexical) : lexical;
    if (!roots.some((root) => isInside(absolute, root))) {
        return refuse('which leads outside the workspace through a symlink');
    }
    const workspace = roots[0];
    const relative = external_node_path_default().relative(workspace, absolute);
    return { absolute, displayPath: isInside(absolute, workspace) ? relative || '.' : absolute };
}
/** Whether `target` is `root` or lies under it (both absolute, normalised). */
function isInside(target, root) {
    const relative = external_node_path_default().relative(root, target);
    return (relative === '' ||
        (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative)));
}
/**
 * The real path of `absolute`: symlinks resolved for the part that exists, the rest
 * (a file or directory not created yet) appended as written.
 */
function realExisting(absolute, depth = 0) {
    const rest = [];
    let current = absolute;
    for (;;) {
        try {
            return external_node_path_default().join(external_node_fs_default().realpathSync.native(current), ...rest.reverse());
        }
        catch {
            // A link that leads nowhere yet still says where it leads: follow it, or a file
            // created there later would be read from outside the workspace.
            const link = readLink(current);
            if (link !== undefined && depth < 40) {
                return external_node_path_default().join(realExisting(external_node_path_default().resolve(external_node_path_default().dirname(current), link), depth + 1), ...rest.reverse());
            }
            const parent = external_node_path_default().dirname(current);
            if (parent === current)
                return absolute;
            rest.push(external_node_path_default().basename(current));
            current = parent;
        }
    }
}
function readLink(file) {
    try {
        return external_node_fs_default().readlinkSync(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/baseline-settings.ts
/**
 * Where the canary's baseline comes from and how it is judged. One source per run:
 * a live baseline loaded at the same time (`baseline-url`), an earlier run's
 * results.json (`baseline-results`), or the report artifact of the last successful run
 * (`baseline-artifact`).
 *
 * Each layer (inputs, an `environments:` block, the file's top level) names at most one
 * source; the highest layer that names one decides, so an environment can switch a
 * top-level artifact baseline to a live one (or off, with `baseline-artifact: false`).
 * Two sources in the same layer are refused: it would be a guess which one was meant.
 */




const BASELINE_SOURCE_KEYS = ['baseline-url', 'baseline-results', 'baseline-artifact'];
const BASELINE_MISSING = ['pass', 'fail'];
const BASELINE_DEFAULTS = { missing: 'fail', confidence: 0.95 };
const CONFIDENCE_MIN_EXCLUSIVE = 0.5;
const CONFIDENCE_MAX = 0.999;
const SOURCES_EXPECTED = 'expected one baseline source per run: baseline-url (a live baseline), baseline-results (an earlier results.json) or baseline-artifact (the last successful run’s report)';
/**
 * The source one layer names: a source, `null` for "no baseline" (`baseline-artifact:
 * false`), or `undefined` when it is refused (the issue is reported).
 */
function baselineSourceFrom(given, workspace, add) {
    const named = given.filter((entry) => !(entry.key === 'baseline-artifact' && isFalse(entry.value)));
    if (named.length > 1) {
        const [first, ...others] = named;
        add(first.where, `got both ${describe_listOf(named.map((entry) => entry.key), 'and')} (${others.map((entry) => entry.where).join(', ')}); ${SOURCES_EXPECTED}`);
        return undefined;
    }
    const entry = named[0];
    if (!entry)
        return { source: null };
    const text = typeof entry.value === 'string' ? entry.value.trim() : entry.value;
    if (entry.key === 'baseline-url') {
        const problem = typeof text === 'string' ? targetUrlProblem(text) : `got ${quote(text)}; expected a URL`;
        if (problem)
            return void add(entry.where, problem);
        return { source: { kind: 'live', url: text } };
    }
    if (entry.key === 'baseline-results') {
        if (typeof text !== 'string' || text === '') {
            return void add(entry.where, `got ${quote(text)}; expected the path of a results.json inside the workspace`);
        }
        const checked = checkWorkspacePath(text, entry.where, {
            workspace,
            expected: 'the path of a results.json inside the workspace, such as baseline/results.json',
        }, add);
        if (!checked)
            return undefined;
        if (isDirectory(checked.absolute)) {
            return void add(entry.where, `got ${quote(text)}; it is a directory; expected the path of a results.json file`);
        }
        return { source: { kind: 'results', path: checked.absolute, displayPath: text } };
    }
    const artifact = artifactSourceFrom(text, entry.where, add);
    return artifact ? { source: artifact } : undefined;
}
function isFalse(value) {
    return value === false || (typeof value === 'string' && /^(?:false|False|FALSE)$/.test(value.trim()));
}
/** `WORKFLOW_FILE[@BRANCH]`: a workflow file name (or its path, or its numeric id), then a branch. */
const ARTIFACT_SPEC = /^(?:\.github\/workflows\/)?([A-Za-z0-9_.-]+\.ya?ml|\d+)(?:@(.+))?$/;
const ARTIFACT_EXPECTED = 'expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml or deploy.yml@main';
function artifactSourceFrom(value, where, add) {
    if (value === true || (typeof value === 'string' && /^(?:true|True|TRUE)$/.test(value))) {
        return { kind: 'artifact' };
    }
    const match = typeof value === 'string' ? ARTIFACT_SPEC.exec(value) : null;
    if (!match)
        return void add(where, `got ${quote(value)}; ${ARTIFACT_EXPECTED}`);
    const [, workflow, rawBranch] = match;
    if (rawBranch === undefined)
        return { kind: 'artifact', workflow };
    const branch = rawBranch.replace(/^refs\/heads\//, '');
    if (!isBranchName(branch)) {
        return void add(where, `got ${quote(value)}: ${quote(rawBranch)} is not a branch name; ${ARTIFACT_EXPECTED}`);
    }
    return { kind: 'artifact', workflow, branch };
}
/** Git's rules for a ref name, the parts a typo can break. */
function isBranchName(name) {
    return (name !== '' &&
        // No spaces or control characters.
        ![...name].some((char) => char <= ' ' || char === '\x7f') &&
        !/[~^:?*[\\]/.test(name) &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !/^[-/]|[/.]$|\.lock$|\/\//.test(name));
}
function isDirectory(file) {
    try {
        return external_node_fs_default().statSync(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** `baseline-missing` from an input's text (the file's value is checked by its schema). */
function baselineMissingFrom(text, where, add) {
    if (BASELINE_MISSING.includes(text))
        return text;
    return void add(where, `got ${quote(text)}; expected pass (a run without its baseline passes its relative thresholds, and says so) or fail (they fail: no data)`);
}
/** `confidence`: 0.95 or 95 %, in (0.5, 0.999]. */
function confidenceFrom(value, where, add) {
    const text = String(value).trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const number = percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
    if (number > CONFIDENCE_MIN_EXCLUSIVE && number <= CONFIDENCE_MAX)
        return number;
    return void add(where, `got ${quote(value)}; expected a confidence level above ${CONFIDENCE_MIN_EXCLUSIVE} and at most ${CONFIDENCE_MAX}, such as 0.95 or 95%`);
}
/** The artifact's name, as `artifact-name` allows it (GitHub's rule). */
function baselineArtifactNameFrom(text, where, add) {
    if (text !== '' && !/[":<>|*?\r\n\\/]/.test(text))
        return text;
    return void add(where, `got ${quote(text)}; expected the name of the report artifact, without any of " : < > | * ? \\ / or line breaks, such as loadgate-report-gate-production-1a2b3c4d`);
}
/**
 * The run's baseline settings, undefined when no source is named, or null when the
 * keys do not fit together (the issue is reported).
 */
function combineBaseline(choices, targetUrl, add) {
    const source = choices.source?.value ?? undefined;
    const name = choices.artifactName;
    if (name && source?.kind !== 'artifact') {
        add(name.where, `got baseline-artifact-name ${quote(name.value)} ${source ? `with the ${source.kind} baseline of ${choices.source.where}` : 'without baseline-artifact'}; expected it only together with baseline-artifact`);
        return null;
    }
    if (source?.kind === 'live' && targetUrl !== undefined && sameUrl(source.url, targetUrl)) {
        add(choices.source.where, `got ${quote(source.url)}, the same URL as target-url; expected the URL of the baseline deployment (the build the canary replaces)`);
        return null;
    }
    if (!source)
        return undefined;
    return {
        source: source.kind === 'artifact' && name ? { ...source, artifactName: name.value } : source,
        missing: choices.missing?.value ?? BASELINE_DEFAULTS.missing,
        confidence: choices.confidence?.value ?? BASELINE_DEFAULTS.confidence,
    };
}
function sameUrl(a, b) {
    try {
        return new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/config/live-baseline.ts
/** Why this live baseline cannot run with the scenario, or undefined. */
function liveBaselineProblem(baseline, scenario) {
    if (baseline?.source.kind !== 'live' || scenario !== 'breakpoint')
        return undefined;
    return 'a live baseline does not run with the breakpoint scenario (the staircase stops where the canary breaks, so the baseline has no step to compare with); expected another scenario, or an earlier run as the baseline with baseline-results';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/file/yaml-guards.ts
/**
 * What the YAML parser accepts but a config must not hold, found on the parsed
 * Document's nodes (before any JavaScript object is built, since `toJS` may drop a
 * `__proto__` key or set a prototype with it):
 * - keys that name object internals (`__proto__`, `constructor`, `prototype`);
 * - aliases (and merge keys, `<<: *a`) that multiply into a huge value ("billion laughs").
 * Each is reported at the line of the key it sits under.
 */


/** Keys that would reach an object's prototype or constructor. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Most values a document may expand to through aliases: real configs hold a few hundred. */
const MAX_EXPANDED_VALUES = 100_000;
function isUnsafeKey(key) {
    return UNSAFE_KEYS.has(key);
}
/** Refusals of the document, in file order (empty when it is safe to convert). */
function yamlRefusals(doc, lines) {
    const refusals = [];
    const at = (node, path, message) => {
        refusals.push({ ...lines.linePos(startOf(node) ?? 0), path, message });
    };
    walk(doc.contents, [], undefined, (node, path, keyNode) => {
        const key = path.at(-1);
        if (node === keyNode && typeof key === 'string' && isUnsafeKey(key)) {
            at(keyNode, path, `got the key ${excerpt(key)}, a name JavaScript reserves for object internals; expected a setting or header name`);
        }
    });
    if (refusals.length)
        return refusals;
    const bomb = expansionOver(doc, MAX_EXPANDED_VALUES);
    if (bomb)
        at(bomb.keyNode ?? bomb.node, bomb.path, expansionMessage(MAX_EXPANDED_VALUES));
    return refusals;
}
/**
 * Where the aliases multiply, for when the parser's own alias limit is hit first:
 * the deepest key whose value expands to more than `limit` values, or the first alias.
 */
function aliasRefusal(doc, lines, limit) {
    const found = expansionOver(doc, limit) ?? firstAlias(doc);
    const node = found?.keyNode ?? found?.node;
    return {
        ...lines.linePos(startOf(node) ?? 0),
        path: found?.path ?? [],
        message: expansionMessage(limit),
    };
}
function expansionMessage(limit) {
    return `the aliases here expand to more than ${limit} values (repeated *alias or << merges); expected anchors and aliases that repeat a few values, not a structure that multiplies`;
}
/** The deepest key (or item) whose value expands, through aliases, to more than `limit` values. */
function expansionOver(doc, limit) {
    const sizes = new Map();
    const size = (node) => {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        sizes.set(node, Infinity); // an alias to an enclosing node counts as endless
        let total = 1;
        for (const item of node.items) {
            total += (0,dist/* isPair */.tO)(item) ? size(item.key) + size(item.value) : size(item);
            if (total > limit)
                break;
        }
        sizes.set(node, total);
        return total;
    };
    if (size(doc.contents) <= limit || !hasAlias(doc.contents))
        return undefined;
    let found = { node: doc.contents, keyNode: undefined, path: [] };
    for (;;) {
        const current = (0,dist/* isAlias */.Vj)(found.node) ? undefined : found.node;
        let next;
        if ((0,dist/* isMap */.jh)(current)) {
            for (const pair of current.items) {
                if (size(pair.value) > limit) {
                    next = { node: pair.value, keyNode: pair.key, path: [...found.path, keyOf(pair.key)] };
                    break;
                }
            }
        }
        else if ((0,dist/* isSeq */.oP)(current)) {
            const index = current.items.findIndex((item) => size(item) > limit);
            if (index >= 0)
                next = { node: current.items[index], keyNode: undefined, path: [...found.path, index] };
        }
        if (!next)
            return found;
        found = next;
    }
}
function hasAlias(root) {
    let seen = false;
    walk(root, [], undefined, (node) => {
        if ((0,dist/* isAlias */.Vj)(node) || ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'symbol'))
            seen = true;
    });
    return seen;
}
function firstAlias(doc) {
    let found;
    walk(doc.contents, [], undefined, (node, path, keyNode) => {
        if (!found && (0,dist/* isAlias */.Vj)(node))
            found = { node, keyNode, path };
    });
    return found;
}
/** Visits every node once, in file order, without following aliases. */
function walk(node, path, keyNode, visit) {
    visit(node, path, keyNode);
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = keyOf(pair.key);
            if ((0,dist/* isScalar */.jn)(pair.key))
                visit(pair.key, [...path, key], pair.key);
            walk(pair.value, [...path, key], pair.key, visit);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(item, [...path, index], undefined, visit));
    }
}
function keyOf(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return typeof key.value === 'symbol' ? '<<' : String(key.value);
    return '?';
}
function startOf(node) {
    return node?.range?.[0];
}

;// CONCATENATED MODULE: ./src/config/file/yaml-source.ts
/**
 * YAML text parsed with positions kept, so that a problem found in the parsed value
 * (by path) can be reported at its line and column.
 */



function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, merge: true });
    const problems = doc.errors.slice(0, 1).map((error) => ({
        ...lineCounter.linePos(error.pos[0]),
        // The parser's own words, cut short: they may carry a piece of the text.
        message: shorten(error.message.replace(/\s+/g, ' ').trim(), 200),
    }));
    let refused = problems.length === 0 ? yamlRefusals(doc, lineCounter) : [];
    let value;
    if (problems.length === 0 && refused.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            // "Excessive alias count": the parser's own guard against alias bombs.
            if (!(error instanceof ReferenceError))
                throw error;
            refused = [aliasRefusal(doc, lineCounter, MAX_ALIAS_COUNT)];
        }
    }
    return {
        value: value === null ? undefined : value,
        problems,
        refused,
        position: (path, atKey = false) => lineCounter.linePos(offsetAt(doc, path, atKey)),
    };
}
/** The parser's limit on alias uses (`toJS({maxAliasCount})`). */
const MAX_ALIAS_COUNT = 1000;
/** `thresholds[1]`, `environments.staging.ramp-up`, `headers["X Bad"]`. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)) && String(segment).length <= EXCERPT_LENGTH)
            out += `${out ? '.' : ''}${String(segment)}`;
        else
            out += `[${excerpt(String(segment))}]`;
    }
    return out;
}
function offsetAt(doc, path, atKey) {
    let node = doc.contents;
    let best = yaml_source_startOf(node) ?? 0;
    for (const [index, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        const isLast = index === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && keyText(item.key) === String(segment));
            if (!pair)
                return best;
            const keyStart = yaml_source_startOf(pair.key);
            const valueStart = yaml_source_startOf(pair.value);
            if (isLast && atKey && keyStart !== undefined)
                return keyStart;
            // `key:` with no value: point at the key.
            best = ((0,dist/* isScalar */.jn)(pair.value) && pair.value.value === null ? undefined : valueStart) ?? keyStart ?? best;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return best;
            best = yaml_source_startOf(item) ?? best;
            node = item;
        }
        else {
            return best;
        }
    }
    return best;
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}
function yaml_source_startOf(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}

;// CONCATENATED MODULE: ./src/config/file/zod-issues.ts
/**
 * zod issues flattened into one problem per location, with unknown keys named one
 * by one ("did you mean") and union failures narrowed to the alternative the value
 * was evidently meant as.
 */


/** Validates `value`; returns the parsed value, or the problems. */
function validate(schema, value) {
    const result = schema.safeParse(value);
    if (result.success)
        return { ok: true, value: result.data };
    return { ok: false, problems: result.error.issues.flatMap((issue) => flatten(schema, issue, [])) };
}
function flatten(root, issue, prefix) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = objectKeysAt(root, path);
            return issue.keys.map((key) => ({
                path: [...path, key],
                atKey: true,
                unknownKey: true,
                message: `unknown key ${quote(key)}` +
                    (describe_didYouMean(key, known) || (known.length ? `; expected one of ${describe_listOf(known)}` : '')),
            }));
        }
        case 'invalid_key':
            return [{ path, atKey: true, message: issue.issues[0]?.message ?? issue.message }];
        case 'invalid_union': {
            // Alternatives whose type matched (no wrong-type issue at the union itself).
            const meant = issue.errors.filter((errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
            if (meant.length === 1 && meant[0].length > 0) {
                return meant[0].flatMap((inner) => flatten(root, inner, path));
            }
            return [{ path, atKey: false, message: issue.message }];
        }
        default:
            return [{ path, atKey: false, message: issue.message }];
    }
}
/** Keys of the object schema(s) that can be at `path` (for "did you mean"). */
function objectKeysAt(schema, path) {
    if (schema instanceof schemas/* ZodOptional */.IiU || schema instanceof schemas/* ZodNullable */.l1C || schema instanceof schemas/* ZodDefault */.XiL) {
        return objectKeysAt(schema.unwrap(), path);
    }
    if (schema instanceof schemas/* ZodUnion */.fZ7) {
        return [...new Set(schema.options.flatMap((option) => objectKeysAt(option, path)))];
    }
    const [head, ...rest] = path;
    if (schema instanceof schemas/* ZodObject */.bvH) {
        const shape = schema.shape;
        if (head === undefined)
            return Object.keys(shape);
        const next = shape[String(head)] ?? schema.def.catchall;
        return next ? objectKeysAt(next, rest) : [];
    }
    if (head === undefined)
        return [];
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return objectKeysAt(schema.valueType, rest);
    if (schema instanceof schemas/* ZodArray */.naA)
        return objectKeysAt(schema.element, rest);
    return [];
}

;// CONCATENATED MODULE: ./src/config/layers/layer.ts
const INVALID = Symbol('invalid');
/** Collects issues; `slot` turns a check into a slot (INVALID when it reported something). */
class Issues {
    list = [];
    add(where, message) {
        this.list.push({ where, message });
    }
    slot(where, compute) {
        const value = compute();
        return value === INVALID ? INVALID : { value, where };
    }
}
/** A layer whose every key is INVALID: its source could not be read at all. */
function invalidLayer() {
    const keys = [
        'targetUrl',
        'durationMs',
        'vus',
        'rampUpMs',
        'stages',
        'endpoints',
        'thresholds',
        'headers',
        'timeoutMs',
        'failOnBreach',
        'autoRollback',
        'reportDir',
        'rate',
        'maxVus',
        'scenario',
        'data',
        'setup',
        'thinkTime',
        'isolation',
        'baselineSource',
        'baselineArtifactName',
        'baselineMissing',
        'confidence',
    ];
    return Object.fromEntries(keys.map((key) => [key, INVALID]));
}
/** The slot of the first layer that gives `key`. */
function pick(layers, key) {
    for (const layer of layers) {
        const slot = layer[key];
        if (slot !== undefined)
            return slot;
    }
    return undefined;
}
/** A valid slot's value and location (mapped), or undefined. */
function sourced(slot, map = (value) => value) {
    return slot === undefined || slot === INVALID ? undefined : { value: map(slot.value), where: slot.where };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * The one typed, validated description of a gate run. Everything after
 * `readSettings` works from this object only: no module past config/ reads
 * inputs, environment variables or the config file.
 */
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** The load shape presets (see scenario-presets.ts). */
const SCENARIO_NAMES = ['smoke', 'load', 'stress', 'spike', 'soak', 'breakpoint'];

;// CONCATENATED MODULE: ./src/config/schema/schema-parts.ts
/** Small zod builders the schema fragments share, each giving messages that quote the value and name the form expected. */



/**
 * An error function for containers (objects, records, arrays) that only rewords the
 * wrong-type issue: their other issues (unknown keys, bad keys) keep zod's own and are
 * reworded in config/file/load-config-file.ts, which knows the keys.
 */
const whenWrongType = (message) => (iss) => iss.code === 'invalid_type' ? message(iss.input) : undefined;
const duration = (description) => schemas/* string */.YjP({ error: (iss) => durationSyntaxMessage(iss.input) })
    .regex(new RegExp(DURATION_PATTERN), { error: (iss) => durationSyntaxMessage(iss.input) })
    .meta({ description });
const wholeNumber = (min, what, description) => {
    const error = (iss) => `got ${quote(iss.input)}; expected ${what}`;
    return schemas/* int */.Whr({ error }).min(min, { error }).meta({ description });
};
const flag = (description) => schemas/* boolean */.zMY({ error: (iss) => `got ${quote(iss.input)}; expected true or false` }).meta({ description });
const schema_parts_text = (what, description) => schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected ${what}` })
    .min(1, { error: () => `got an empty string; expected ${what}` })
    .meta({ description });

;// CONCATENATED MODULE: ./src/syntax/json-path.ts
/**
 * A small, safe subset of JSONPath for captures, checks and tenant isolation:
 *
 *   path     ::= "$" { step }
 *   step     ::= "." name | "." "*" | "[" index "]" | "[" quoted "]" | "[" "*" "]"
 *              | ".." name                     ; the member at any depth
 *   name     ::= ( letter | digit | "_" | "-" | "$" ) { … }
 *   index    ::= [ "-" ] digits                 ; negative counts from the end
 *   quoted   ::= "'" chars "'" | '"' chars '"'  ; \ escapes the next character
 *
 * `$.access_token`, `$.data.items[0].id`, `$['tenant-id']`, `$.positions[*].tenant`,
 * `$..tenant` (every `tenant` member anywhere: what tenant isolation usually wants).
 * Filters and script expressions (`?(…)`, `(…)`) are not supported: a path is parsed
 * into steps once and evaluated by walking the value; nothing in it is ever run as
 * code (unlike JSONPath libraries that evaluate filter expressions).
 */
class JsonPathSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonPathSyntaxError';
    }
}
const EXPECTED = "expected a JSON path such as $.access_token, $.items[0].id, $['tenant-id'], $.items[*].tenant or $..tenant";
function isNameChar(char) {
    const code = char.charCodeAt(0);
    return ((code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        char === '_' ||
        char === '-' ||
        char === '$' ||
        code > 127);
}
/** Parses a path. Throws {@link JsonPathSyntaxError} with the position of the problem. */
function parseJsonPath(source) {
    const text = source.trim();
    const problem = (at, what) => {
        throw new JsonPathSyntaxError(`got ${JSON.stringify(source)}: ${what} at character ${at + 1}; ${EXPECTED}`);
    };
    if (!text.startsWith('$'))
        problem(0, 'it does not start with "$"');
    const steps = [];
    let i = 1;
    while (i < text.length) {
        const char = text[i];
        if (char === '.') {
            i++;
            let descendant = false;
            if (text[i] === '.') {
                descendant = true;
                i++;
            }
            if (text[i] === '*') {
                if (descendant)
                    problem(i, '"..*" is not supported (use ..name)');
                steps.push({ kind: 'wildcard' });
                i++;
                continue;
            }
            let name = '';
            while (i < text.length && isNameChar(text[i]))
                name += text[i++];
            if (name === '')
                problem(i, `a name is missing after "${descendant ? '..' : '.'}"`);
            steps.push(descendant ? { kind: 'descendant', name } : { kind: 'member', name });
        }
        else if (char === '[') {
            i++;
            const next = text[i];
            if (next === '*') {
                if (text[i + 1] !== ']')
                    problem(i + 1, 'expected "]"');
                steps.push({ kind: 'wildcard' });
                i += 2;
            }
            else if (next === "'" || next === '"') {
                const quote = next;
                let name = '';
                i++;
                while (i < text.length && text[i] !== quote) {
                    if (text[i] === '\\' && i + 1 < text.length)
                        i++;
                    name += text[i++];
                }
                if (i >= text.length)
                    problem(i, `the quoted name is not closed with ${quote}`);
                i++;
                if (text[i] !== ']')
                    problem(i, 'expected "]"');
                i++;
                steps.push({ kind: 'member', name });
            }
            else {
                let digits = '';
                if (text[i] === '-')
                    digits += text[i++];
                while (i < text.length && text[i] >= '0' && text[i] <= '9')
                    digits += text[i++];
                if (digits === '' || digits === '-') {
                    problem(i, next === '?' || next === '('
                        ? 'filter and script expressions are not supported'
                        : 'expected an index, a quoted name or *');
                }
                if (text[i] !== ']')
                    problem(i, 'expected "]"');
                i++;
                steps.push({ kind: 'index', index: Number(digits) });
            }
        }
        else {
            problem(i, `unexpected ${JSON.stringify(char)}`);
        }
    }
    return {
        source,
        steps,
        multiple: steps.some((step) => step.kind === 'wildcard' || step.kind === 'descendant'),
    };
}
/** Every value the path selects in `value` (an empty list when it selects nothing). */
function selectAll(path, value) {
    let current = [value];
    for (const step of path.steps) {
        const next = [];
        for (const item of current) {
            if (item === null || typeof item !== 'object')
                continue;
            if (step.kind === 'member') {
                if (!Array.isArray(item) && Object.hasOwn(item, step.name)) {
                    next.push(item[step.name]);
                }
            }
            else if (step.kind === 'index') {
                if (Array.isArray(item)) {
                    const index = step.index < 0 ? item.length + step.index : step.index;
                    if (index >= 0 && index < item.length)
                        next.push(item[index]);
                }
            }
            else if (step.kind === 'descendant') {
                collectDescendants(item, step.name, next);
            }
            else if (Array.isArray(item)) {
                next.push(...item);
            }
            else {
                next.push(...Object.values(item));
            }
        }
        current = next;
        if (current.length === 0)
            break;
    }
    return current;
}
/** Values of every `name` member at any depth under `root`, in document order (iterative: no recursion limit). */
function collectDescendants(root, name, out) {
    const stack = [root];
    while (stack.length > 0) {
        const item = stack.pop();
        if (item === null || typeof item !== 'object')
            continue;
        const children = Array.isArray(item) ? item : Object.values(item);
        if (!Array.isArray(item) && Object.hasOwn(item, name))
            out.push(item[name]);
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
}
/** The first value the path selects, or undefined. */
function selectFirst(path, value) {
    return selectAll(path, value)[0];
}
/** A selected value as text: strings as they are, other scalars by JSON, objects and lists by JSON too. */
function valueText(value) {
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? String(value);
}

;// CONCATENATED MODULE: ./src/config/schema/traffic-schema.ts
/**
 * The config file's realistic-traffic keys, as zod schemas: `data`, `think-time`,
 * `isolation` (in SETTINGS_SHAPE), and per endpoint `captures` and `checks` (setup
 * items are endpoint items without weight and checks; endpoint-schema.ts builds them).
 * Syntax is checked here (JSON paths, regular expressions), so each problem gets its
 * line and column; what depends on several keys (template names, data columns) is
 * checked in config/traffic/traffic-settings.ts.
 */




/** A JSON path that parses (see syntax/json-path.ts). */
const jsonPathSchema = schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a JSON path such as $.access_token` })
    .superRefine((value, ctx) => {
    try {
        parseJsonPath(value);
    }
    catch (error) {
        if (!(error instanceof JsonPathSyntaxError))
            throw error;
        ctx.addIssue({ code: 'custom', message: error.message, input: value });
    }
})
    .meta({
    description: 'JSON path: `$.a.b`, `$.items[0].id`, `$["x-y"]`, `$.items[*].tenant` (no filters).',
});
const headerName = schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant` })
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, {
    error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant (no spaces or colons)`,
});
/** Names a template can look up: the form of `{{name}}`. */
const TEMPLATE_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const captureSource = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ json: jsonPathSchema }),
    schemas/* strictObject */.rej({ header: headerName.meta({ description: 'Response header to capture.' }) }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected {json: '$.access_token'} or {header: 'x-token'}`,
})
    .meta({ description: 'Where the value is read from: a JSON path of the body, or a response header.' });
const capturesSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(TEMPLATE_NAME_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; expected a capture name such as token (letters, digits, _ - .; it is used as {{token}})`,
}), captureSource, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping such as {token: {json: '$.access_token'}}`),
})
    .meta({
    description: 'Values read from the response and kept per VU, used later as `{{name}}`: `{token: {json: $.access_token}}`.',
});
const statusCode = schemas/* int */.Whr({ error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
    .min(100, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
    .max(599, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` });
const jsonCheck = schemas/* strictObject */.rej({
    path: jsonPathSchema,
    exists: schemas/* boolean */.zMY({ error: (iss) => `got ${quote(iss.input)}; expected true or false` })
        .optional()
        .meta({ description: 'The path selects something (true) or nothing (false).' }),
    equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()], {
        error: (iss) => `got ${quote(iss.input)}; expected a text, number, true, false or null`,
    })
        .optional()
        .meta({ description: 'The value at the path equals this.' }),
    matches: schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a regular expression such as ^[A-Z]+$` })
        .superRefine((value, ctx) => {
        try {
            new RegExp(value);
        }
        catch (error) {
            ctx.addIssue({
                code: 'custom',
                message: `got ${quote(value)}, which is not a valid regular expression (${error.message}); expected e.g. ^[A-Z]+$`,
                input: value,
            });
        }
    })
        .optional()
        .meta({ description: 'The value at the path, as text, matches this regular expression.' }),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {path: '$.x', exists: true} (or equals / matches)`),
})
    .meta({ description: 'A condition on a JSON path of the body.' });
const checkSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP({
        error: (iss) => `got ${quote(iss.input)}; expected a check name such as "portfolio has positions"`,
    })
        .min(1, { error: () => 'got an empty string; expected a check name such as "portfolio has positions"' })
        .optional()
        .meta({
        description: 'Name in reports and in the `check` tag of `checks` thresholds (default: the condition).',
    }),
    status: schemas/* union */.KCZ([
        statusCode,
        schemas/* array */.YOg(statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
    ], {
        error: (iss) => `got ${quote(iss.input)}; expected an HTTP status or a list of them`,
    })
        .optional()
        .meta({ description: 'The status is one of these.' }),
    json: jsonCheck.optional(),
    'body-contains': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a text the body must contain` })
        .min(1, { error: () => 'got an empty string; expected a text the body must contain' })
        .optional()
        .meta({ description: 'The body contains this text.' }),
    header: schemas/* strictObject */.rej({
        name: headerName,
        equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
            error: (iss) => `got ${quote(iss.input)}; expected a header value`,
        }),
    }, {
        error: whenWrongType((input) => `got ${quote(input)}; expected {name: x-tenant, equals: acme}`),
    })
        .optional()
        .meta({ description: 'A response header equals a value.' }),
    'max-duration': duration('The response took at most this long.').optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a check such as {name: ok, status: 200} (with status, json, body-contains, header or max-duration)`),
});
const checksSchema = schemas/* array */.YOg(checkSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of checks such as [{name: ok, status: 200}]`),
})
    .meta({
    description: 'Conditions on every response of this endpoint; each is counted in the `checks` metric (tag `check` = its name).',
});
const dataSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1),
    schemas/* strictObject */.rej({
        file: schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected the path of a CSV or JSON file` })
            .min(1, { error: () => 'got an empty string; expected the path of a CSV or JSON file' })
            .meta({
            description: 'CSV (with a header line) or JSON (a list of objects), relative to the workspace.',
        }),
        order: schemas/* enum */.k5n(['sequential', 'random'], {
            error: (iss) => `got ${quote(iss.input)}; expected sequential or random`,
        })
            .optional()
            .meta({ description: 'How VUs take records: sequential (round-robin, default) or random.' }),
    }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected the path of a CSV or JSON file, or {file: users.csv, order: random}`,
})
    .meta({
    description: 'Test data: one record per VU (round-robin or random), fields used as `{{column}}`.',
});
const thinkTimeSchema = schemas/* union */.KCZ([
    duration('Pause after each request.'),
    schemas/* strictObject */.rej({
        min: duration('Shortest pause.'),
        max: duration('Longest pause.'),
    }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected a duration such as 1s, or {min: 500ms, max: 2s}`,
})
    .meta({
    description: "Pause between a VU's requests: fixed (`1s`) or uniform in a range (`{min: 500ms, max: 2s}`).",
});
const isolationSchema = schemas/* strictObject */.rej({
    json: jsonPathSchema.optional(),
    header: headerName.optional().meta({ description: 'Response header that carries the tenant.' }),
    field: schemas/* string */.YjP({
        error: (iss) => `got ${quote(iss.input)}; expected the data column holding the VU's tenant`,
    })
        .min(1, { error: () => "got an empty string; expected the data column holding the VU's tenant" })
        .meta({ description: "The data column that holds the VU's own tenant." }),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`),
})
    .meta({
    description: "Tenant isolation: where a response shows its tenant (a JSON path or a header) and the data column with the VU's own tenant.",
});

;// CONCATENATED MODULE: ./src/config/schema/endpoint-schema.ts
/**
 * The request mix in the config file (and the `endpoints` input, which is YAML too):
 * endpoint items, setup items (endpoints without weight and checks), headers.
 */





/** `METHOD /path` or `/path` (method defaults to GET). */
const ENDPOINT_TEXT_PATTERN = `^(?:(${HTTP_METHODS.join('|')})\\s+)?(/\\S*)$`;
const ENDPOINT_TEXT_EXPECTED = `expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of ${describe_listOf(HTTP_METHODS)}, in capitals; the path starts with /)`;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
/** Why a path is refused, or undefined. */
function pathProblem(value) {
    if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        return `got ${quote(value)}; expected a path starting with / such as /api/portfolio, not a full URL (paths are resolved against target-url)`;
    }
    return `got ${quote(value)}; expected a path starting with / and without spaces, such as /api/portfolio?limit=10`;
}
const headerValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
    error: (iss) => `got ${quote(iss.input)}; expected a header value (text)`,
});
const headersSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(HEADER_NAME_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; expected a header name such as X-Api-Key (no spaces or colons)`,
}), headerValue, { error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of header names to values`) })
    .meta({ description: 'Headers as `Name: value` pairs.' });
const statusError = (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599`;
const endpoint_schema_statusCode = schemas/* int */.Whr({ error: statusError })
    .min(100, { error: statusError })
    .max(599, { error: statusError });
const expectStatus = schemas/* union */.KCZ([
    endpoint_schema_statusCode,
    schemas/* array */.YOg(endpoint_schema_statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599, or a list of them`,
})
    .meta({
    description: 'Status codes that count as success (default: any 200–399).',
    examples: [201, [200, 204]],
});
const endpointText = schemas/* string */.YjP()
    .regex(new RegExp(ENDPOINT_TEXT_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; ${ENDPOINT_TEXT_EXPECTED}`,
})
    .meta({ description: '`METHOD /path` or `/path` (GET).', examples: ['GET /api/portfolio', '/health'] });
const endpointObject = schemas/* strictObject */.rej({
    name: schema_parts_text('a name such as "portfolio"', 'Label in reports and threshold tags (default `METHOD path`).').optional(),
    method: schemas/* enum */.k5n(HTTP_METHODS, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${describe_listOf(HTTP_METHODS)} (in capitals)`,
    })
        .meta({ description: 'HTTP method (default GET).' })
        .optional(),
    path: schemas/* string */.YjP({ error: (iss) => pathProblem(iss.input) })
        .regex(/^\/(?:\{\{[^{}]*\}\}|\S)*$/, { error: (iss) => pathProblem(iss.input) })
        .meta({ description: 'Path plus optional query, starting with `/`; may use `{{templates}}`.' }),
    weight: schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
        .positive({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
        .meta({ description: 'Relative share of requests (default 1).' })
        .optional(),
    headers: headersSchema.optional(),
    body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())], {
        error: (iss) => `got ${quote(iss.input)}; expected text, or a mapping or list that is sent as JSON`,
    })
        .meta({ description: 'Request body: text as is, or a mapping/list sent as JSON.' })
        .optional(),
    'expect-status': expectStatus.optional(),
    captures: capturesSchema.optional(),
    checks: checksSchema.optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping with path (and name, method, weight, …)`),
});
const endpointItemSchema = schemas/* union */.KCZ([endpointText, endpointObject], {
    error: (iss) => `got ${quote(iss.input)}; expected "METHOD /path" or a mapping {name, method, path, weight, headers, body, expect-status}`,
})
    .meta({ description: 'One endpoint of the request mix.' });
/** A setup request (e.g. a login), sent by each VU before its first request: an endpoint without weight and checks. */
const setupItemSchema = endpointObject.omit({ weight: true, checks: true }).meta({
    description: 'A request each VU sends before its first one (and again after a 401), e.g. a login with captures.',
});
const setupListSchema = schemas/* array */.YOg(setupItemSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of requests such as [{method: POST, path: /api/auth/login, captures: {token: {json: $.access_token}}}]`),
})
    .min(1, { error: () => 'got an empty list; expected at least one setup request' });
const endpointListSchema = schemas/* array */.YOg(endpointItemSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of endpoints such as ["GET /api/portfolio"]`),
})
    .min(1, { error: () => 'got an empty list; expected at least one endpoint' });

;// CONCATENATED MODULE: ./src/config/secrets.ts
const SENSITIVE_NAMES = new Set([
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'api-key',
    'x-auth-token',
    'x-csrf-token',
    'x-xsrf-token',
]);
const SENSITIVE_PARTS = /token|secret|key|auth|pass|session|signature|credential/i;
/** Whether a header's value should be treated as a secret. */
function isSensitiveHeader(name) {
    return SENSITIVE_NAMES.has(name.toLowerCase()) || SENSITIVE_PARTS.test(name);
}
/**
 * Values of sensitive headers (global and per endpoint), for the caller to mask.
 * For `Authorization: Bearer abc` both the whole value and the credential `abc` are
 * returned, so that the credential is masked wherever it shows up alone.
 */
function sensitiveHeaderValues(settings) {
    const values = new Set();
    const collect = (headers) => {
        for (const [name, value] of Object.entries(headers)) {
            if (!isSensitiveHeader(name) || value.trim() === '')
                continue;
            values.add(value);
            const credential = /^(?:bearer|basic|token|digest)\s+(\S.*)$/i.exec(value.trim())?.[1];
            if (credential)
                values.add(credential);
        }
    };
    collect(settings.headers);
    for (const endpoint of settings.endpoints)
        collect(endpoint.headers);
    return [...values];
}
/** Values of secret data columns, for the action to mask in the log. */
function trafficSecretValues(traffic) {
    const data = traffic?.data;
    if (!data || data.secretColumns.length === 0)
        return [];
    const values = new Set();
    for (const record of data.records) {
        for (const column of data.secretColumns) {
            const value = record[column];
            if (value)
                values.add(value);
        }
    }
    return [...values];
}

;// CONCATENATED MODULE: ./src/config/headers-settings.ts
/**
 * Headers, from the `headers` input (`Name: value` lines) or a mapping of the config
 * file (global or per endpoint). They are checked here, with the other settings, so a
 * header the HTTP client would refuse is reported at its line before any load. Values
 * may be secrets: a refused value is never quoted back, only its header name and
 * location.
 */






const HEADER_NAME_RE = new RegExp(HEADER_NAME_PATTERN);
/** What HTTP allows in a field value: tab, visible ASCII, space and obs-text (Latin-1). */
const NOT_IN_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
/**
 * Why a header value cannot be sent, or undefined. Template placeholders (`{{token}}`)
 * are ASCII, so the literal part of a templated value is checked the same way. For a
 * sensitive header the character itself is not named.
 */
function headerValueProblem(name, value) {
    const bad = NOT_IN_FIELD_VALUE.exec(value);
    if (!bad)
        return undefined;
    const char = bad[0];
    const at = `at character ${bad.index + 1}`;
    const shown = isSensitiveHeader(name)
        ? ''
        : ` (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    const header = `for header ${quote(name)}`;
    if (char === '\r' || char === '\n')
        return `got a value with a line break ${header}; expected one line`;
    if (char.charCodeAt(0) < 0x20 || char === '\x7f') {
        return `got a value with a control character${shown} ${at} ${header}; expected printable text`;
    }
    return `got a value with a character outside Latin-1${shown} ${at} ${header}; expected Latin-1 text: use percent-encoding for other characters`;
}
/** The `headers` input: one `Name: value` per line. */
function headerLines(text, where, issues) {
    const headers = {};
    let ok = true;
    // A lone CR stays inside its line, and is refused there as a line break.
    for (const { line, text: entry } of meaningfulLines(text)) {
        const lineWhere = `${where} line ${line}`;
        const colon = entry.indexOf(':');
        const name = colon < 0 ? '' : entry.slice(0, colon).trim();
        const value = entry.slice(colon + 1).trim();
        const problem = colon < 0 ? undefined : headerValueProblem(name, value);
        if (colon < 0) {
            // The line is not quoted back: it may hold a secret.
            issues.add(lineWhere, 'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"');
            ok = false;
        }
        else if (!HEADER_NAME_RE.test(name) || isUnsafeKey(name)) {
            issues.add(lineWhere, `got the header name ${quote(name)}; expected "Name: value" with a name such as X-Api-Key (no spaces)`);
            ok = false;
        }
        else if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
            issues.add(lineWhere, `got the header ${quote(name)} a second time; expected each header once`);
            ok = false;
        }
        else if (problem) {
            issues.add(lineWhere, problem);
            ok = false;
        }
        else {
            headers[name] = value;
        }
    }
    return ok ? headers : INVALID;
}
/** A `headers:` mapping of the config file (names already checked by the schema). */
function headerRecord(headers, locate, issues) {
    const out = {};
    let ok = true;
    for (const [name, raw] of Object.entries(headers)) {
        const value = String(raw);
        const problem = headerValueProblem(name, value);
        if (problem) {
            // The value is not quoted back: it may hold a secret.
            issues.add(locate(name), problem);
            ok = false;
        }
        else if (Object.keys(out).some((known) => known.toLowerCase() === name.toLowerCase())) {
            issues.add(locate(name), `got the header ${quote(name)} a second time (names ignore case); expected each header once`);
            ok = false;
        }
        else {
            out[name] = value;
        }
    }
    return ok ? out : INVALID;
}

;// CONCATENATED MODULE: ./src/config/traffic/request-checks.ts
/** Per endpoint: `captures` (values kept per VU for later templates) and `checks` (conditions on each response). */


/** `captures` of an endpoint or setup item. */
function capturesFrom(value) {
    if (value === undefined)
        return undefined;
    return Object.entries(value).map(([name, source]) => 'json' in source
        ? { name, from: 'json', path: source.json }
        : { name, from: 'header', path: source.header.toLowerCase() });
}
/** A default name for a check: its conditions in words. */
function describeCheck(item) {
    const parts = [];
    if (item.status !== undefined)
        parts.push(`status ${Array.isArray(item.status) ? item.status.join('/') : item.status}`);
    if (item.json) {
        const { path: p, exists, equals, matches } = item.json;
        if (exists !== undefined)
            parts.push(`${p} ${exists ? 'exists' : 'absent'}`);
        if (equals !== undefined)
            parts.push(`${p} == ${JSON.stringify(equals)}`);
        if (matches !== undefined)
            parts.push(`${p} ~ ${matches}`);
        if (exists === undefined && equals === undefined && matches === undefined)
            parts.push(`${p} exists`);
    }
    if (item['body-contains'] !== undefined)
        parts.push(`body contains ${JSON.stringify(item['body-contains'])}`);
    if (item.header)
        parts.push(`${item.header.name} == ${String(item.header.equals)}`);
    if (item['max-duration'] !== undefined)
        parts.push(`under ${item['max-duration']}`);
    return parts.join(', ');
}
/** `checks` of an endpoint; null (issues reported) when one is unusable. */
function checksFrom(items, locate, add) {
    if (items === undefined)
        return undefined;
    const checks = [];
    const seen = new Set();
    let ok = true;
    items.forEach((item, index) => {
        const hasCondition = item.status !== undefined ||
            item.json !== undefined ||
            item['body-contains'] !== undefined ||
            item.header !== undefined ||
            item['max-duration'] !== undefined;
        if (!hasCondition) {
            add(locate(index), 'got a check without a condition; expected status, json, body-contains, header or max-duration');
            ok = false;
            return;
        }
        const name = item.name ?? describeCheck(item);
        if (seen.has(name)) {
            add(locate(index), `got a second check named ${quote(name)} on this endpoint; expected unique names`);
            ok = false;
            return;
        }
        seen.add(name);
        const check = { name };
        if (item.status !== undefined)
            check.status = [...new Set(Array.isArray(item.status) ? item.status : [item.status])];
        if (item.json !== undefined) {
            const { path: p, exists, equals, matches } = item.json;
            check.json = {
                path: p,
                ...(exists !== undefined ? { exists } : {}),
                ...(equals !== undefined ? { equals } : {}),
                ...(matches !== undefined ? { matches } : {}),
            };
            if (exists === undefined && equals === undefined && matches === undefined)
                check.json.exists = true;
        }
        if (item['body-contains'] !== undefined)
            check.bodyContains = item['body-contains'];
        if (item.header !== undefined)
            check.header = { name: item.header.name.toLowerCase(), equals: String(item.header.equals) };
        if (item['max-duration'] !== undefined)
            check.maxDurationMs = parseDuration(item['max-duration']);
        checks.push(check);
    });
    return ok ? checks : null;
}

;// CONCATENATED MODULE: ./src/config/endpoints-settings.ts
/**
 * The request mix: `endpoints` (and `setup`, which are endpoints without weight and
 * checks) from the input or a block of the config file, each with its location, so
 * duplicate names and later template or tag problems point at the right line.
 */









/**
 * The `endpoints` input: a YAML list, a single item (`GET /health` or a mapping),
 * or plain `METHOD /path` lines.
 */
function endpointsFromInput(text, issues) {
    const source = parseYaml(text);
    const where = (line, path) => `input 'endpoints' line ${line} (${formatPath(['endpoints', ...path])})`;
    if (source.problems.length) {
        for (const problem of source.problems) {
            issues.add(`input 'endpoints' line ${problem.line}`, `YAML syntax error: ${problem.message}; expected a YAML list of endpoints such as "- GET /api/portfolio"`);
        }
        return INVALID;
    }
    if (source.refused.length) {
        for (const refusal of source.refused)
            issues.add(where(refusal.line, refusal.path), refusal.message);
        return INVALID;
    }
    const lines = meaningfulLines(text);
    if (typeof source.value === 'string' && lines.length > 1) {
        // One `METHOD /path` per line, without list dashes.
        return endpointsFrom(lines.map((line) => line.text), (index, ...rest) => where(lines[index]?.line ?? 1, [index, ...rest]), issues);
    }
    const wrapped = !Array.isArray(source.value);
    const items = wrapped ? [source.value] : source.value;
    const locate = (path, atKey = false) => where(source.position(wrapped ? path.slice(1) : path, atKey).line, path);
    const result = validate(endpointListSchema, items);
    if (!result.ok) {
        for (const problem of result.problems)
            issues.add(locate(problem.path, problem.atKey), problem.message);
        return INVALID;
    }
    return endpointsFrom(result.value, (index, ...rest) => locate([index, ...rest]), issues);
}
const ENDPOINT_TEXT_RE = new RegExp(ENDPOINT_TEXT_PATTERN);
/** Endpoint or setup items (already checked by the schema) as endpoints; names must be unique. */
function endpointsFrom(items, locate, issues) {
    const pending = [];
    let ok = true;
    items.forEach((item, index) => {
        const where = locate(index);
        if (typeof item === 'string') {
            const match = ENDPOINT_TEXT_RE.exec(item.trim());
            if (!match) {
                // Only reached for the plain-lines form; list items were checked by the schema.
                issues.add(where, `got ${quote(item)}; expected "METHOD /path" such as "GET /api/portfolio" or "/health"`);
                ok = false;
                return;
            }
            const method = (match[1] ?? 'GET');
            const path = match[2] ?? '/';
            pending.push({
                endpoint: { name: `${method} ${path}`, method, path, weight: 1, headers: {}, expectStatus: [] },
                jsonBody: false,
                where,
            });
            return;
        }
        const method = item.method ?? 'GET';
        const headers = item.headers
            ? headerRecord(item.headers, (name) => locate(index, 'headers', name), issues)
            : {};
        if (headers === INVALID) {
            ok = false;
            return;
        }
        const checks = checksFrom('checks' in item ? item.checks : undefined, (i) => locate(index, 'checks', i), (where, message) => issues.add(where, message));
        if (checks === null) {
            ok = false;
            return;
        }
        const captures = capturesFrom(item.captures);
        const endpoint = {
            name: item.name ?? `${method} ${item.path}`,
            method,
            path: item.path,
            weight: 'weight' in item ? (item.weight ?? 1) : 1,
            ...(captures ? { captures } : {}),
            ...(checks ? { checks } : {}),
            headers,
            expectStatus: item['expect-status'] === undefined
                ? []
                : [
                    ...new Set(Array.isArray(item['expect-status']) ? item['expect-status'] : [item['expect-status']]),
                ],
        };
        const jsonBody = item.body !== undefined && typeof item.body !== 'string';
        if (item.body !== undefined)
            endpoint.body = jsonBody ? JSON.stringify(item.body) : item.body;
        pending.push({ endpoint, jsonBody, where });
    });
    const seen = new Map();
    for (const { endpoint, where } of pending) {
        const first = seen.get(endpoint.name);
        if (first !== undefined) {
            issues.add(where, `got a second endpoint named ${quote(endpoint.name)} (the first is at ${first}); expected unique names: give one of them a name`);
            ok = false;
        }
        else {
            seen.set(endpoint.name, where);
        }
    }
    return ok ? pending : INVALID;
}
function defaultEndpoints() {
    return [
        {
            endpoint: {
                name: DEFAULTS.endpoint,
                method: 'GET',
                path: '/',
                weight: 1,
                headers: {},
                expectStatus: [],
            },
            jsonBody: false,
            where: 'the default endpoint',
        },
    ];
}
/** The endpoint, with `content-type: application/json` added for a JSON body unless a header sets it. */
function withContentType({ endpoint, jsonBody }, headers) {
    const has = (name) => [endpoint.headers, headers].some((set) => Object.keys(set).some((key) => key.toLowerCase() === name));
    return jsonBody && !has('content-type')
        ? { ...endpoint, headers: { ...endpoint.headers, 'content-type': 'application/json' } }
        : endpoint;
}

;// CONCATENATED MODULE: ./src/config/scenario-presets.ts

/** Steps of the breakpoint scenario. */
const BREAKPOINT_STEPS = 10;
/** Threshold a smoke run gets when none is given: everything must succeed. */
const SMOKE_THRESHOLD = 'http_req_failed: rate==0';
const level = (value) => Math.max(1, Math.round(value));
/** The stages of a preset. Durations are whole milliseconds and add up to the duration. */
function presetStages(scenario, { level: n, durationMs: d }) {
    // Fractions of D; the last part takes what rounding left, so the total is exact.
    const parts = (shape) => {
        let used = 0;
        return shape.map(([fraction, target], index) => {
            const durationMs = index === shape.length - 1 ? d - used : Math.round(d * fraction);
            used += durationMs;
            return { durationMs, target };
        });
    };
    switch (scenario) {
        case 'smoke': {
            const users = Math.min(level(n), 3);
            return [
                { durationMs: 0, target: users },
                { durationMs: Math.min(d, 60_000), target: users },
            ];
        }
        case 'load':
            return parts([
                [0.2, level(n)],
                [0.6, level(n)],
                [0.2, 0],
            ]);
        case 'stress':
            return parts([
                [0.05, level(n)],
                [0.25, level(n)],
                [0.05, level(n * 1.5)],
                [0.25, level(n * 1.5)],
                [0.05, level(n * 2)],
                [0.25, level(n * 2)],
                [0.1, 0],
            ]);
        case 'spike': {
            const base = level(n);
            const spike = level(n * 5);
            return parts([
                [0, base],
                [0.2, base],
                [0, spike],
                [0.1, spike],
                [0, base],
                [0.25, base],
                [0, spike],
                [0.1, spike],
                [0, base],
                [0.35, base],
            ]);
        }
        case 'soak':
            return [
                { durationMs: 0, target: level(n) },
                { durationMs: d, target: level(n) },
            ];
        case 'breakpoint': {
            const stages = [];
            let used = 0;
            for (let step = 1; step <= BREAKPOINT_STEPS; step++) {
                const stepMs = step === BREAKPOINT_STEPS ? d - used : Math.round(d / BREAKPOINT_STEPS);
                used += stepMs;
                const rate = level((n * step) / (BREAKPOINT_STEPS / 2));
                stages.push({ durationMs: 0, target: rate }, { durationMs: stepMs, target: rate });
            }
            return stages;
        }
    }
}

;// CONCATENATED MODULE: ./src/config/load-model.ts
/**
 * Which executor runs and with what shape: the closed model (VUs, the default), the open
 * model (`rate` set: `stages` in requests per second), or a scenario preset scaled by
 * `rate`/`vus` and `duration`. Called by layers/combine-layers.ts once each key's
 * layer is chosen; problems are reported through `addIssue` like every other setting.
 */


const DEFAULT_DURATION_MS = 30_000;
const DEFAULT_VUS = 10;
/** A cap on requests in flight that lets every request take a second at the peak rate (100 to 5000). */
function defaultMaxVus(peakRate) {
    return Math.min(5000, Math.max(100, Math.ceil(peakRate)));
}
const peak = (stages) => Math.max(0, ...stages.map((stage) => stage.target));
/**
 * The load model, or undefined when a value it needs is invalid (its issue is already
 * reported, or reported here). `closedStages` are the stages resolved as for the closed
 * model (from the file, or from duration/vus/ramp-up); undefined when they were invalid.
 */
function applyLoadModel(layers, closedStages, addIssue) {
    const { rate, maxVus, scenario } = layers;
    if (rate === 'invalid' || maxVus === 'invalid' || scenario === 'invalid' || closedStages === undefined) {
        return undefined;
    }
    const known = (choice, fallback) => choice === undefined || choice === 'invalid' ? fallback : choice.value;
    let stages;
    let open = rate !== undefined;
    if (scenario !== undefined) {
        if (scenario.value === 'breakpoint' && rate === undefined) {
            addIssue(scenario.where, `got ${quote(scenario.value)} without rate; expected rate too (the nominal requests per second: the breakpoint steps go from 0.2× to 2× it)`);
            return undefined;
        }
        const level = rate?.value ?? known(layers.vus, DEFAULT_VUS);
        stages = presetStages(scenario.value, {
            level,
            durationMs: known(layers.durationMs, DEFAULT_DURATION_MS),
        });
        open = rate !== undefined;
    }
    else if (rate !== undefined && !layers.fileStages) {
        const durationMs = known(layers.durationMs, DEFAULT_DURATION_MS);
        const rampUpMs = Math.min(durationMs, known(layers.rampUpMs, 0));
        stages = [{ durationMs: rampUpMs, target: rate.value }];
        if (durationMs > rampUpMs)
            stages.push({ durationMs: durationMs - rampUpMs, target: rate.value });
    }
    else {
        stages = closedStages;
    }
    if (!open && maxVus !== undefined) {
        addIssue(maxVus.where, `got ${maxVus.value} without rate; expected rate too: max-vus caps requests in flight in the open model (the closed model's VUs come from vus or stages)`);
        return undefined;
    }
    return {
        stages,
        maxVus: open ? known(maxVus, defaultMaxVus(peak(stages))) : peak(stages),
        ...(open ? { model: 'open' } : {}),
        ...(scenario !== undefined ? { scenario: scenario.value } : {}),
        ...(scenario?.value === 'smoke' ? { defaultThreshold: SMOKE_THRESHOLD } : {}),
    };
}

;// CONCATENATED MODULE: ./src/config/stages-settings.ts
/**
 * The closed-model load shape: `stages` as written, or the stages that `duration`,
 * `vus` and `ramp-up` make. Which of the two wins is decided where the layers are
 * combined (layers/combine-layers.ts); these only check and build.
 */




/** A duration (already known to parse) that must be above 0. */
function positiveDuration(text, where, name, issues) {
    const ms = parseDuration(text);
    if (ms > 0)
        return ms;
    issues.add(where, `got ${quote(text)}; expected a ${name} longer than 0, such as 30s`);
    return INVALID;
}
/** `stages` of the config file: some stage must reach a VU and some must take time. */
function checkStages(stages, where, issues) {
    if (stages.every((stage) => stage.target === 0)) {
        issues.add(where, 'got stages that all target 0 VUs; expected at least one stage with a target of 1 or more');
        return INVALID;
    }
    if (stages.every((stage) => stage.durationMs === 0)) {
        issues.add(where, 'got stages that all last 0s; expected at least one stage longer than 0, such as 30s');
        return INVALID;
    }
    return stages;
}
/** The stages of `duration`, `vus` and `ramp-up`: a linear ramp, then the hold. */
function shapeStages(durationSlot, vus, rampSlot, issues) {
    if (durationSlot === INVALID || vus === INVALID || rampSlot === INVALID)
        return INVALID;
    const durationMs = durationSlot.value;
    const rampUpMs = rampSlot?.value ?? DEFAULTS.rampUpMs;
    if (rampSlot && rampUpMs > durationMs) {
        issues.add(rampSlot.where, `got ${quote(formatDuration(rampUpMs))}, longer than the duration ${formatDuration(durationMs)} (${durationSlot.where}); expected at most ${formatDuration(durationMs)}: the ramp-up is part of the duration`);
        return INVALID;
    }
    // Stages ramp linearly from 0, so the ramp stage stays even when it takes no time:
    // a zero-length stage is a jump straight to `vus`, then the hold.
    const stages = [{ durationMs: rampUpMs, target: vus }];
    if (durationMs > rampUpMs)
        stages.push({ durationMs: durationMs - rampUpMs, target: vus });
    return stages;
}

;// CONCATENATED MODULE: ./src/config/threshold-settings.ts
/**
 * Thresholds as written (input lines, or the config file's list or mapping), parsed
 * with the SLO grammar (slo/threshold-parser.ts); each keeps its origin, so a mistake
 * is reported at its input line or file location.
 */





/** The `thresholds` input: one threshold per line. */
function thresholdLines(text) {
    return meaningfulLines(text).map(({ line, text }) => ({ text, origin: `input 'thresholds' line ${line}` }));
}
/**
 * Threshold texts of the `thresholds:` value: a list of texts, or a mapping in k6
 * style (`metric: condition` or `metric: [conditions]`) or the short style
 * (`latency: {p95: 250}` in ms, `error_rate: 0.5` in percent, `throughput: 1000` req/s).
 */
function thresholdSources(value, locate) {
    if (Array.isArray(value))
        return value.map((text, i) => ({ text, origin: locate(i) }));
    const sources = [];
    for (const [key, entry] of Object.entries(value)) {
        if (entry === undefined)
            continue;
        if (key === 'latency' && typeof entry === 'object' && !Array.isArray(entry)) {
            for (const [stat, limit] of Object.entries(entry)) {
                sources.push({ text: `${stat}: ${withUnit(limit, 'ms')}`, origin: locate(key, stat) });
            }
        }
        else if (Array.isArray(entry)) {
            entry.forEach((condition, i) => sources.push({ text: `${key}: ${conditionText(condition)}`, origin: locate(key, i) }));
        }
        else if (typeof entry === 'object') {
            sources.push({ text: `${key}: ${conditionText(entry)}`, origin: locate(key) });
        }
        else if (typeof entry === 'number') {
            const unit = key === 'error_rate' ? '%' : /^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/.test(key) ? 'ms' : '';
            sources.push({ text: `${key}: ${withUnit(entry, unit)}`, origin: locate(key) });
        }
        else {
            sources.push({ text: `${key}: ${String(entry)}`, origin: locate(key) });
        }
    }
    return sources;
}
/** A condition, or k6's object form written as one line: `p(95)<250 abortOnFail delayAbortEval=10s`. */
function conditionText(condition) {
    if (typeof condition === 'string')
        return condition;
    return [
        condition.threshold,
        ...(condition.abortOnFail ? ['abortOnFail'] : []),
        ...(condition.delayAbortEval !== undefined ? [`delayAbortEval=${condition.delayAbortEval}`] : []),
    ].join(' ');
}
function withUnit(limit, unit) {
    return typeof limit === 'number' ? `${limit}${unit}` : limit;
}
/** Parses every source; one issue per threshold that does not parse. */
function parseThresholds(sources, issues) {
    const thresholds = [];
    let ok = true;
    for (const source of sources) {
        try {
            thresholds.push(parseThreshold(source));
        }
        catch (error) {
            if (!(error instanceof ThresholdSyntaxError))
                throw error;
            issues.add(source.origin, `got ${quote(source.text)}; ${error.message}`);
            ok = false;
        }
    }
    return ok ? thresholds : INVALID;
}
/** Every `{endpoint:…}` tag must name an endpoint of the mix. */
function checkEndpointTags(thresholds, endpoints, issues) {
    const names = endpoints.map((endpoint) => endpoint.name);
    for (const threshold of thresholds) {
        const tag = threshold.tags.endpoint;
        if (tag === undefined || names.includes(tag))
            continue;
        const close = closestMatch(tag, names);
        issues.add(threshold.origin, `got the tag {endpoint:${tag}} in ${quote(threshold.source)}, but no endpoint is named ${quote(tag)}; ` +
            (close !== undefined
                ? `did you mean "${close}"?`
                : `expected one of ${describe_listOf(names.map((name) => `"${name}"`))}`));
    }
}
/** A threshold relative to the baseline (`p(95) < baseline * 1.10`) needs a baseline source. */
function checkBaselineNeeded(thresholds, baseline, issues) {
    if (baseline !== undefined)
        return;
    for (const threshold of thresholds) {
        if (!threshold.relative)
            continue;
        issues.add(threshold.origin, `got ${quote(threshold.source)}, which compares with the baseline, but no baseline is configured; ` +
            'it needs a baseline: set baseline-url, baseline-results or baseline-artifact');
    }
}
/** A metric that only one scenario measures (`capacity_rps`: breakpoint) is refused in any other run. */
function checkScenarioMetrics(thresholds, scenario, issues) {
    for (const threshold of thresholds) {
        const only = findMetric(threshold.metric)?.scenario;
        if (only === undefined || only === scenario)
            continue;
        issues.add(threshold.origin, `got ${quote(threshold.source)}, but ${threshold.metric} is measured by the ${only} scenario only` +
            `${scenario ? ` and this run is the ${scenario} scenario` : ''}; expected scenario: ${only} with it, or a threshold on another metric`);
    }
}

;// CONCATENATED MODULE: ./src/syntax/templates.ts
/**
 * Request templates: `{{ name }}` and `{{ generator args }}` inside paths, header
 * values and bodies. A template is data, never a script: the text is split once into
 * literal parts and lookups by a hand-written scanner (no eval, no Function, no
 * regular expression built from the text), and rendering only concatenates.
 *
 *   template   ::= { literal | "{{" blanks reference blanks "}}" }
 *   reference  ::= name | generator { blanks argument }
 *   name       ::= letter { letter | digit | "_" | "-" | "." }   ; a data column or a capture
 *   generator  ::= "uuid" | "timestamp" | "randomInt" integer integer
 *
 * A bare name is looked up among the VU's captures first, then its data record; a
 * name that is neither but is a generator without arguments (`uuid`, `timestamp`)
 * is that generator. Whether every name is known is checked before any load
 * (config/traffic/traffic-settings.ts), so at run time a name only lacks a value
 * when it is a capture not made yet: it renders as the empty string (a header made
 * only of such values is left out).
 */

class TemplateSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TemplateSyntaxError';
    }
}
/** The generators a template may call, with their argument counts. */
const GENERATORS = {
    uuid: { arity: 0, usage: '{{uuid}}' },
    timestamp: { arity: 0, usage: '{{timestamp}} (milliseconds since 1970)' },
    randomInt: { arity: 2, usage: '{{randomInt MIN MAX}} (whole numbers, MIN ≤ MAX)' },
};
const GENERATOR_NAMES = Object.keys(GENERATORS);
function isLetter(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
function templates_isNameChar(code) {
    return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}
function isBlank(char) {
    return char === ' ' || char === '\t';
}
function isName(word) {
    if (word.length === 0 || !isLetter(word.charCodeAt(0)))
        return false;
    for (let i = 1; i < word.length; i++)
        if (!templates_isNameChar(word.charCodeAt(i)))
            return false;
    return true;
}
function isInteger(word) {
    let i = word.startsWith('-') ? 1 : 0;
    if (i === word.length || word.length - i > 15)
        return false;
    for (; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code < 48 || code > 57)
            return false;
    }
    return true;
}
function splitWords(text) {
    const words = [];
    let word = '';
    for (const char of text) {
        if (isBlank(char)) {
            if (word)
                words.push(word);
            word = '';
        }
        else {
            word += char;
        }
    }
    if (word)
        words.push(word);
    return words;
}
function reference(inner) {
    const words = splitWords(inner);
    const [head, ...args] = words;
    if (head === undefined)
        throw new TemplateSyntaxError('got an empty "{{ }}"; expected a name such as {{email}}');
    if (!isName(head)) {
        throw new TemplateSyntaxError(`got "{{${inner}}}"; expected a name (letters, digits, _ - .) such as {{email}}, or a generator such as {{uuid}}`);
    }
    const generator = Object.hasOwn(GENERATORS, head) ? GENERATORS[head] : undefined;
    if (args.length === 0) {
        if (generator !== undefined && generator.arity > 0) {
            throw new TemplateSyntaxError(`got "{{${inner}}}"; ${head} takes ${generator.arity} arguments: ${generator.usage}`);
        }
        return { kind: 'name', name: head };
    }
    if (generator === undefined) {
        throw new TemplateSyntaxError(`got "{{${inner}}}": ${JSON.stringify(head)} is not a generator, and names take no arguments; expected a name such as {{email}} or one of the generators ${GENERATOR_NAMES.map((name) => GENERATORS[name].usage).join(', ')}`);
    }
    if (args.length !== generator.arity) {
        throw new TemplateSyntaxError(`got "{{${inner}}}"; ${head} takes ${generator.arity === 0 ? 'no arguments' : `${generator.arity} arguments`}: ${generator.usage}`);
    }
    if (!args.every(isInteger)) {
        throw new TemplateSyntaxError(`got "{{${inner}}}"; expected whole numbers: ${generator.usage}`);
    }
    const numbers = args.map(Number);
    if (head === 'randomInt' && numbers[0] > numbers[1]) {
        throw new TemplateSyntaxError(`got "{{${inner}}}"; expected MIN ≤ MAX: ${generator.usage}`);
    }
    return { kind: 'generator', generator: head, args: numbers };
}
/** Splits `text` into literal parts and references. Throws {@link TemplateSyntaxError}. */
function parseTemplate(text) {
    const parts = [];
    let literal = '';
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('{{', i);
        if (open < 0) {
            literal += text.slice(i);
            break;
        }
        literal += text.slice(i, open);
        const close = text.indexOf('}}', open + 2);
        if (close < 0) {
            throw new TemplateSyntaxError(`got "{{" without "}}" in ${JSON.stringify(text)}; expected {{name}} such as {{email}}`);
        }
        const inner = text.slice(open + 2, close);
        if (inner.includes('{{')) {
            throw new TemplateSyntaxError(`got a "{{" inside "{{ }}" in ${JSON.stringify(text)}; expected {{name}}`);
        }
        if (literal)
            parts.push({ kind: 'literal', text: literal });
        literal = '';
        parts.push(reference(inner));
        i = close + 2;
    }
    if (literal)
        parts.push({ kind: 'literal', text: literal });
    return { source: text, parts, isStatic: parts.every((part) => part.kind === 'literal') };
}
/** The names (data columns or captures) a template looks up, without generators. */
function templateNames(template) {
    const names = [];
    for (const part of template.parts)
        if (part.kind === 'name')
            names.push(part.name);
    return names;
}
function generate(part, random) {
    switch (part.generator) {
        case 'uuid':
            return (0,external_node_crypto_.randomUUID)();
        case 'timestamp':
            return String(Date.now());
        case 'randomInt': {
            const [min, max] = part.args;
            return String(min + Math.floor(random() * (max - min + 1)));
        }
    }
}
/**
 * The value of a bare name: a capture, a record field, or a generator without
 * arguments; undefined when none has a value yet.
 */
function lookup(name, scope, random) {
    const captured = scope.captures.get(name);
    if (captured !== undefined)
        return captured;
    const field = scope.record?.[name];
    if (field !== undefined)
        return field;
    if (name === 'uuid' || name === 'timestamp') {
        return generate({ kind: 'generator', generator: name, args: [] }, random);
    }
    return undefined;
}
function escapeValue(value, escape) {
    switch (escape) {
        case 'none':
            return value;
        case 'uri':
            return encodeURIComponent(value);
        case 'json':
            return JSON.stringify(value).slice(1, -1);
    }
}
/** Renders a template. `escape` applies to substituted values only, never to the literal text. */
function renderTemplate(template, scope, escape = 'none', random = Math.random) {
    if (template.isStatic)
        return { text: template.source, missing: 0 };
    let text = '';
    let missing = 0;
    for (const part of template.parts) {
        if (part.kind === 'literal') {
            text += part.text;
        }
        else if (part.kind === 'generator') {
            text += escapeValue(generate(part, random), escape);
        }
        else {
            const value = lookup(part.name, scope, random);
            if (value === undefined)
                missing++;
            else
                text += escapeValue(value, escape);
        }
    }
    return { text, missing };
}

;// CONCATENATED MODULE: ./src/config/traffic/traffic-settings.ts


/** Every template of a request, with what the message calls it. */
function requestTemplates(endpoint) {
    const fields = [{ field: 'path', text: endpoint.path }];
    for (const [name, value] of Object.entries(endpoint.headers))
        fields.push({ field: `header ${quote(name)}`, text: value });
    if (endpoint.body !== undefined)
        fields.push({ field: 'body', text: endpoint.body });
    return fields;
}
const ZERO_ARGUMENT_GENERATORS = GENERATOR_NAMES.filter((name) => name !== 'randomInt');
/**
 * The traffic settings, once every layer is picked. Null when something is wrong
 * (issues reported); undefined when nothing traffic-related is configured and no
 * endpoint uses a template, a capture or a check.
 */
function combineTraffic(parts, add) {
    let ok = true;
    const fail = (where, message) => {
        add(where, message);
        ok = false;
    };
    const columns = parts.data?.value.columns ?? [];
    const setup = parts.setup?.value ?? [];
    const setupCaptures = [];
    const endpointCaptures = parts.endpoints.flatMap(({ endpoint }) => (endpoint.captures ?? []).map((c) => c.name));
    for (const name of [
        ...setup.flatMap(({ endpoint }) => endpoint.captures ?? []).map((c) => c.name),
        ...endpointCaptures,
    ]) {
        if (columns.includes(name) && parts.data) {
            fail(parts.data.where, `the capture ${quote(name)} has the name of a data column; expected a different name (which one would {{${name}}} mean?)`);
        }
    }
    const checkNames = (request, known, what) => {
        for (const { field, text } of requestTemplates(request.endpoint)) {
            let template;
            try {
                template = parseTemplate(text);
            }
            catch (error) {
                if (!(error instanceof TemplateSyntaxError))
                    throw error;
                fail(request.where, `the ${field} of ${quote(request.endpoint.name)}: ${error.message}`);
                continue;
            }
            for (const name of templateNames(template)) {
                if (known.includes(name) || ZERO_ARGUMENT_GENERATORS.includes(name))
                    continue;
                const candidates = [...known, ...ZERO_ARGUMENT_GENERATORS];
                const close = closestMatch(name, candidates);
                fail(request.where, `the ${field} of ${quote(request.endpoint.name)} uses {{${name}}}, which is ${what}` +
                    (close !== undefined
                        ? `; did you mean {{${close}}}?`
                        : `; expected ${describeKnown(columns, known, parts.data !== undefined)}`));
            }
        }
    };
    // Setup requests see the data and the captures of the setup requests before them.
    setup.forEach((request) => {
        checkNames(request, [...columns, ...setupCaptures], 'neither a data column, nor a capture of an earlier setup request, nor a generator');
        for (const capture of request.endpoint.captures ?? [])
            setupCaptures.push(capture.name);
    });
    const allCaptures = [...setupCaptures, ...endpointCaptures];
    for (const request of parts.endpoints) {
        checkNames(request, [...columns, ...allCaptures], 'neither a data column, nor a capture, nor a generator');
    }
    if (parts.headers) {
        const request = {
            endpoint: {
                name: 'headers',
                method: 'GET',
                path: '/',
                weight: 1,
                headers: parts.headers.value,
                expectStatus: [],
            },
            where: parts.headers.where,
        };
        checkNames(request, [...columns, ...allCaptures], 'neither a data column, nor a capture, nor a generator');
    }
    const isolation = parts.isolation;
    if (isolation) {
        if (!parts.data) {
            fail(isolation.where, `isolation needs test data: expected a data file (data: users.csv) with the column ${quote(isolation.value.field)} holding each VU's tenant`);
        }
        else if (!columns.includes(isolation.value.field)) {
            const close = closestMatch(isolation.value.field, columns);
            fail(isolation.where, `got the field ${quote(isolation.value.field)}, but the data file ${quote(parts.data.value.file)} has no such column` +
                (close !== undefined
                    ? `; did you mean "${close}"?`
                    : `; expected one of ${describe_listOf(columns.map((c) => `"${c}"`))}`));
        }
    }
    const allChecks = [
        ...new Set(parts.endpoints.flatMap(({ endpoint }) => (endpoint.checks ?? []).map((c) => c.name))),
    ];
    for (const threshold of parts.thresholds) {
        if (threshold.metric === 'checks' && allChecks.length === 0) {
            fail(threshold.origin, `got ${quote(threshold.source)}, but no endpoint has checks; expected checks on an endpoint, e.g. checks: [{name: ok, status: 200}]`);
        }
        if (threshold.metric === 'isolation_violations' && !isolation) {
            fail(threshold.origin, `got ${quote(threshold.source)}, but isolation is not configured; expected e.g. isolation: {json: '$.tenant', field: tenant}`);
        }
        const tag = threshold.tags.check;
        if (tag !== undefined && allChecks.length > 0 && !allChecks.includes(tag)) {
            const close = closestMatch(tag, allChecks);
            fail(threshold.origin, `got the tag {check:${tag}} in ${quote(threshold.source)}, but no check is named ${quote(tag)}; ` +
                (close !== undefined
                    ? `did you mean "${close}"?`
                    : `expected one of ${describe_listOf(allChecks.map((c) => `"${c}"`))}`));
        }
    }
    if (!ok)
        return null;
    const usesTemplates = parts.endpoints.some(({ endpoint }) => requestTemplates(endpoint).some(({ text }) => text.includes('{{'))) || Object.values(parts.headers?.value ?? {}).some((value) => value.includes('{{'));
    const anything = parts.data !== undefined ||
        setup.length > 0 ||
        parts.thinkTime !== undefined ||
        isolation !== undefined ||
        usesTemplates ||
        parts.endpoints.some(({ endpoint }) => endpoint.captures?.length || endpoint.checks?.length);
    if (!anything)
        return undefined;
    return {
        ...(parts.data ? { data: parts.data.value } : {}),
        setup: setup.map(({ endpoint }) => endpoint),
        ...(parts.thinkTime ? { thinkTime: parts.thinkTime.value } : {}),
        ...(isolation ? { isolation: isolation.value } : {}),
    };
}
function describeKnown(columns, known, hasData) {
    const captures = known.filter((name) => !columns.includes(name));
    const sides = [
        hasData
            ? `a data column (${describe_listOf(columns.map((c) => `"${c}"`))})`
            : 'a data column (there is no data file: add data: users.csv)',
        captures.length ? `a capture (${describe_listOf(captures.map((c) => `"${c}"`))})` : 'a capture declared earlier',
        `a generator (${describe_listOf(['uuid', 'timestamp', 'randomInt MIN MAX'])})`,
    ];
    return describe_listOf(sides);
}

;// CONCATENATED MODULE: ./src/config/layers/combine-layers.ts
/**
 * Combining the layers, key by key: an input that was given > the selected
 * environment block > the file's top level > the built-in default. What depends on
 * several keys (the load model, endpoint tags, the traffic keys) is checked once the
 * layers are picked, by the module of that concern.
 */










/** The settings, or undefined when a value needed is invalid (its issue is already reported). */
function combineLayers(layers, given, issues) {
    const [, envLayer, topLayer] = layers;
    const value = (slot, fallback) => slot === INVALID ? INVALID : slot === undefined ? fallback : slot.value;
    // Target URL.
    const targetSlot = pick(layers, 'targetUrl');
    if (targetSlot === undefined) {
        issues.add("input 'target-url'", 'got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as the target-url input or target-url in the config file');
    }
    // Load shape. An environment that sets duration/vus/ramp-up replaces the top level's stages.
    const envShapes = [envLayer.durationMs, envLayer.vus, envLayer.rampUpMs].some((slot) => slot !== undefined);
    const stagesSlot = envLayer.stages ?? (envShapes ? undefined : topLayer.stages);
    const shapeInputs = ['duration', 'vus', 'ramp-up', 'rate', 'scenario'].some((name) => given(name) !== undefined);
    let stages;
    if (stagesSlot !== undefined && !shapeInputs) {
        stages = value(stagesSlot, []);
    }
    else {
        stages = shapeStages(pick(layers, 'durationMs') ?? { value: DEFAULTS.durationMs, where: 'the default duration' }, value(pick(layers, 'vus'), DEFAULTS.vus), pick(layers, 'rampUpMs'), issues);
    }
    // Endpoints, headers, thresholds.
    const pending = value(pick(layers, 'endpoints'), defaultEndpoints());
    const headers = value(pick(layers, 'headers'), {});
    const choice = (slot) => (slot === INVALID ? 'invalid' : slot);
    const model = {
        rate: choice(pick(layers, 'rate')),
        maxVus: choice(pick(layers, 'maxVus')),
        scenario: choice(pick(layers, 'scenario')),
        durationMs: choice(pick(layers, 'durationMs')),
        vus: choice(pick(layers, 'vus')),
        rampUpMs: choice(pick(layers, 'rampUpMs')),
        fileStages: stagesSlot !== undefined && !shapeInputs,
    };
    const loadModel = applyLoadModel(model, stages === INVALID ? undefined : stages, (where, message) => issues.add(where, message));
    const thresholds = value(pick(layers, 'thresholds'), [
        parseThreshold({
            text: loadModel?.defaultThreshold ?? DEFAULTS.threshold,
            origin: 'the default thresholds',
        }),
    ]);
    const knownHeaders = headers === INVALID ? {} : headers;
    const endpoints = pending === INVALID ? INVALID : pending.map((item) => withContentType(item, knownHeaders));
    if (endpoints !== INVALID && thresholds !== INVALID)
        checkEndpointTags(thresholds, endpoints, issues);
    if (thresholds !== INVALID && loadModel)
        checkScenarioMetrics(thresholds, loadModel.scenario, issues);
    // Test data, setup, think time, isolation; checked against the endpoints, headers and thresholds.
    const dataSlot = pick(layers, 'data');
    const setupSlot = pick(layers, 'setup');
    const thinkTimeSlot = pick(layers, 'thinkTime');
    const isolationSlot = pick(layers, 'isolation');
    const headersSlot = pick(layers, 'headers');
    const traffic = [dataSlot, setupSlot, thinkTimeSlot, isolationSlot].includes(INVALID) ||
        pending === INVALID ||
        endpoints === INVALID ||
        headers === INVALID ||
        thresholds === INVALID
        ? INVALID
        : combineTraffic({
            data: sourced(dataSlot),
            setup: sourced(setupSlot, (list) => list.map((item) => ({ endpoint: withContentType(item, knownHeaders), where: item.where }))),
            thinkTime: sourced(thinkTimeSlot),
            isolation: sourced(isolationSlot),
            endpoints: endpoints.map((endpoint, i) => ({ endpoint, where: pending[i].where })),
            headers: sourced(headersSlot),
            thresholds,
        }, (where, message) => issues.add(where, message));
    // Sessions (login, captures, checks, isolation, think time) belong to VUs: the closed model's.
    const rateSlot = pick(layers, 'rate');
    if (loadModel?.model === 'open' && traffic !== INVALID && traffic !== null && traffic !== undefined) {
        issues.add(rateSlot !== undefined && rateSlot !== INVALID ? rateSlot.where : "input 'rate'", 'the open model (rate) does not run per-user sessions yet, and this config uses data, setup, captures, checks, think-time or isolation; ' +
            'expected vus (the closed model) for such traffic, or no rate');
    }
    const targetUrl = targetSlot === undefined ? INVALID : value(targetSlot, '');
    const timeoutMs = value(pick(layers, 'timeoutMs'), DEFAULTS.timeoutMs);
    const failOnBreach = value(pick(layers, 'failOnBreach'), DEFAULTS.failOnBreach);
    const autoRollback = value(pick(layers, 'autoRollback'), DEFAULTS.autoRollback);
    const reportDir = value(pick(layers, 'reportDir'), DEFAULTS.reportDir);
    const baseline = combineBaselineLayers(layers, targetUrl === INVALID ? undefined : targetUrl, issues);
    const liveProblem = baseline === INVALID ? undefined : liveBaselineProblem(baseline, loadModel?.scenario);
    if (liveProblem) {
        const sourceSlot = pick(layers, 'baselineSource');
        issues.add(sourceSlot && sourceSlot !== INVALID ? sourceSlot.where : "input 'baseline-url'", liveProblem);
    }
    if (targetUrl === INVALID ||
        loadModel === undefined ||
        stages === INVALID ||
        endpoints === INVALID ||
        thresholds === INVALID ||
        headers === INVALID ||
        timeoutMs === INVALID ||
        failOnBreach === INVALID ||
        autoRollback === INVALID ||
        reportDir === INVALID ||
        traffic === INVALID ||
        traffic === null ||
        baseline === INVALID ||
        liveProblem !== undefined) {
        return undefined;
    }
    return {
        targetUrl,
        stages: loadModel.stages,
        maxVus: loadModel.maxVus,
        ...(loadModel.model ? { model: loadModel.model } : {}),
        ...(loadModel.scenario ? { scenario: loadModel.scenario } : {}),
        endpoints,
        thresholds,
        headers,
        timeoutMs,
        failOnBreach,
        autoRollback,
        reportDir,
        ...(traffic ? { traffic } : {}),
        ...(baseline ? { baseline } : {}),
    };
}
/** The baseline keys, each from the highest layer that gives it (the source as one key: see baseline-settings.ts). */
function combineBaselineLayers(layers, targetUrl, issues) {
    const source = pick(layers, 'baselineSource');
    const artifactName = pick(layers, 'baselineArtifactName');
    const missing = pick(layers, 'baselineMissing');
    const confidence = pick(layers, 'confidence');
    if ([source, artifactName, missing, confidence].includes(INVALID))
        return INVALID;
    const chosen = combineBaseline({
        source: sourced(source),
        artifactName: sourced(artifactName),
        missing: sourced(missing),
        confidence: sourced(confidence),
    }, targetUrl, (where, message) => issues.add(where, message));
    return chosen === null ? INVALID : chosen;
}

;// CONCATENATED MODULE: ./src/config/schema/baseline-schema.ts
/**
 * The baseline keys of the config file. The schema checks their types; the forms
 * (`WORKFLOW_FILE[@BRANCH]`, a path inside the workspace, the confidence range) are
 * checked by config/baseline-settings.ts, which gives inputs and file the same messages.
 */





const BASELINE_SHAPE = {
    'baseline-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = targetUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
        .meta({
        description: 'A live baseline: the deployment the canary replaces (ideally the old build, started beside the canary). It gets the same traffic at the same time, and relative thresholds compare the two.',
        format: 'uri',
    })
        .optional(),
    'baseline-results': schema_parts_text('the path of a results.json inside the workspace', 'An earlier run’s results.json (a path inside the workspace) to compare with, e.g. from the production gate of the last release.').optional(),
    'baseline-artifact': schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main`,
    })
        .meta({
        description: 'Compare with the report artifact of the last successful run: true (this workflow on the default branch), or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main; false for none.',
    })
        .optional(),
    'baseline-artifact-name': schema_parts_text('the name of the report artifact', 'With baseline-artifact: the name of the report artifact to take (default: the one this job uploads, found by its name).').optional(),
    'baseline-missing': schemas/* enum */.k5n(BASELINE_MISSING, {
        error: (iss) => `got ${quote(iss.input)}; expected pass or fail`,
    })
        .meta({
        description: 'When the baseline cannot be had: fail (relative thresholds have no data, so they fail; the default) or pass (they pass, and the report says so).',
    })
        .optional(),
    confidence: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected a confidence level such as 0.95`,
    })
        .meta({
        description: 'Confidence level of the baseline comparison’s intervals, above 0.5 and at most 0.999, e.g. 0.95 (the default) or 99%.',
    })
        .optional(),
};

;// CONCATENATED MODULE: ./src/config/schema/threshold-schema.ts
/** The `thresholds:` key: a list of texts, or a mapping in k6 style or the short style. */



const thresholdText = schemas/* string */.YjP({
    error: (iss) => `got ${quote(iss.input)}; expected a threshold such as "http_req_duration: p(95)<250"`,
})
    .min(1, {
    error: () => 'got an empty string; expected a threshold such as "http_req_duration: p(95)<250"',
});
/** k6's object form: `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}`. */
const thresholdObject = schemas/* strictObject */.rej({
    threshold: thresholdText.meta({ description: 'The condition, e.g. p(95)<250.' }),
    abortOnFail: flag('Stop the load when this threshold fails during the run (default false).').optional(),
    delayAbortEval: duration('No abort before this much of the run has passed, e.g. 10s.').optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {threshold: "p(95)<250", abortOnFail: true, delayAbortEval: 10s}`),
})
    .meta({ description: "k6's object form of a condition, with its abort options." });
const nonNegative = (what) => schemas/* number */.aig().nonnegative({ error: (iss) => `got ${quote(iss.input)}; expected ${what}, 0 or more` });
/** `latency: {p50: 100, p95: 250}` (ms). */
const latencyMapping = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/, {
    error: (iss) => `got ${quote(iss.input)}; expected a latency statistic such as p50, p95, p99, avg, med or max`,
}), schemas/* union */.KCZ([nonNegative('milliseconds such as 250'), schemas/* string */.YjP()], {
    error: (iss) => `got ${quote(iss.input)}; expected milliseconds such as 250, or "250ms"`,
}), {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping such as {p95: 250, p99: 400} (milliseconds)`),
})
    .meta({ description: 'Latency limits in ms, e.g. `{p50: 100, p95: 250, p99: 400}`.' });
const thresholdMapping = schemas/* object */.Ikc({
    latency: latencyMapping.optional(),
    error_rate: schemas/* union */.KCZ([nonNegative('a percentage such as 0.5 (meaning 0.5%)'), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected a percentage such as 0.5 (meaning 0.5%)`,
    })
        .optional()
        .meta({ description: 'Largest share of failed requests, in percent.' }),
    throughput: schemas/* union */.KCZ([nonNegative('requests per second such as 1000'), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected requests per second such as 1000`,
    })
        .optional()
        .meta({ description: 'Smallest completed requests per second.' }),
})
    .catchall(schemas/* union */.KCZ([
    thresholdText,
    schemas/* number */.aig(),
    thresholdObject,
    schemas/* array */.YOg(schemas/* union */.KCZ([thresholdText, thresholdObject]))
        .min(1, { error: () => 'got an empty list; expected at least one condition such as "p(95)<250"' }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected a condition such as "p(95)<250" or a list of them ["p(95)<250", "p(99)<500"]`,
}));
const thresholdsSchema = schemas/* union */.KCZ([schemas/* array */.YOg(thresholdText), thresholdMapping], {
    error: (iss) => `got ${quote(iss.input)}; expected a list of thresholds such as ["http_req_duration: p(95)<250"] or a mapping such as {http_req_duration: ["p(95)<250"]}`,
})
    .meta({
    description: 'SLO thresholds: a list of k6-style or short-form texts, or a mapping (k6 style `metric: [conditions]`, or `latency: {p95: 250}`, `error_rate: 0.5`, `throughput: 1000`).',
});

;// CONCATENATED MODULE: ./src/config/schema/config-schema.ts
/**
 * The shape of the YAML config file (`.github/loadgate.yml`), as a zod schema.
 * It checks types and forms and gives each failure a message that quotes the value
 * and names the form expected; config/resolve-settings.ts turns the parsed blocks into
 * `Settings`. The same schema is emitted as JSON Schema (schema/loadgate.schema.json)
 * for editor completion, so it holds no transforms: values come out as written.
 *
 * Each concern brings its fragment (endpoint-schema.ts, threshold-schema.ts,
 * traffic-schema.ts); this module assembles the blocks. To add a key: add it to
 * `SETTINGS_SHAPE` (then it is valid at the top level and in every `environments:`
 * block), read it in a settings module of its own, run `npm run schema`.
 */









const stageSchema = schemas/* strictObject */.rej({
    duration: duration('How long this stage lasts.'),
    target: wholeNumber(0, 'a whole number of virtual users (or requests per second when rate is set), 0 or more', 'VUs reached at the end of the stage; requests per second when `rate` is set (open model).'),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a stage {duration, target} such as {duration: 30s, target: 20}`),
});
/** Keys valid at the top level and in each `environments:` block. All optional. */
const SETTINGS_SHAPE = {
    'target-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = targetUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
        .meta({ description: 'Base URL of the deployment under test (http or https).', format: 'uri' })
        .optional(),
    duration: duration('How long the load runs, e.g. 30s, 2m, 1m30s (default 30s).').optional(),
    vus: wholeNumber(1, 'a whole number of virtual users, 1 or more', 'Concurrent virtual users (default 10).').optional(),
    'ramp-up': duration('Time to ramp from 0 to vus, part of duration (default 0s).').optional(),
    rate: schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
        .positive({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
        .meta({
        description: 'Requests per second. When set, the open model is used: requests arrive at this rate (or at the req/s of `stages`) whether or not the target keeps up.',
    })
        .optional(),
    'max-vus': wholeNumber(1, 'a whole number of requests in flight, 1 or more', 'Open model: cap on requests in flight (default: the peak rate, at least 100, at most 5000). Requests that find it reached wait; those that wait as long as the timeout are dropped.').optional(),
    scenario: schemas/* enum */.k5n(SCENARIO_NAMES, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${describe_listOf(SCENARIO_NAMES)}`,
    })
        .meta({ description: 'A preset load shape scaled by rate or vus and duration.' })
        .optional(),
    stages: schemas/* array */.YOg(stageSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a list of stages such as [{duration: 30s, target: 20}]`),
    })
        .min(1, {
        error: () => 'got an empty list; expected at least one stage such as {duration: 30s, target: 20}',
    })
        .meta({ description: 'Load shape: move linearly to `target` VUs over `duration`, stage after stage.' })
        .optional(),
    endpoints: endpointListSchema
        .meta({ description: 'The weighted request mix (default `GET /`).' })
        .optional(),
    thresholds: thresholdsSchema.optional(),
    headers: headersSchema.optional(),
    timeout: duration('Per-request timeout (default 10s).').optional(),
    'fail-on-breach': flag('Fail the step when the verdict is fail (default true).').optional(),
    'auto-rollback': flag('Set the rollback output to true when the verdict is fail (default true).').optional(),
    'report-dir': schema_parts_text('a directory path', 'Where report.md and results.json are written (default loadgate-report).').optional(),
    data: dataSchema.optional(),
    setup: setupListSchema.optional(),
    'think-time': thinkTimeSchema.optional(),
    isolation: isolationSchema.optional(),
    ...BASELINE_SHAPE,
};
const blockError = whenWrongType((input) => `got ${quote(input)}; expected a mapping of settings such as {duration: 30s, vus: 10}`);
/** One `environments:` block: any top-level key except `environments`. */
const settingsBlockSchema = schemas/* strictObject */.rej(SETTINGS_SHAPE, { error: blockError })
    .meta({ id: 'settings', description: 'Settings that override the top level for one environment.' });
/** The whole config file. */
const configFileSchema = schemas/* strictObject */.rej({
    ...SETTINGS_SHAPE,
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), settingsBlockSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of environment names to settings`),
    })
        .meta({
        description: 'Named overrides selected with the `environment` input, e.g. staging, production.',
    })
        .optional(),
}, { error: blockError })
    .meta({
    title: 'loadgate config',
    description: 'Config file of the loadgate action (.github/loadgate.yml).',
});

;// CONCATENATED MODULE: ./src/syntax/file-location.ts
/**
 * The `file:LINE:COL (path)` form that config-file messages and threshold origins use,
 * written and read back in one place. Reading it back lets later steps (annotations on
 * the config file, the check run) point at a line without the location travelling as
 * a second value beside every message.
 */
/** `.github/loadgate.yml:14:5 (thresholds[1])`; the part in brackets is the value's path, when there is one. */
function formatFileLocation(location, valuePath) {
    return `${location.file}:${location.line}:${location.col}${valuePath ? ` (${valuePath})` : ''}`;
}
// Anchored at the end: a path may hold colons itself (`C:\work\loadgate.yml:3:1`).
const LOCATION = /^(.+?):(\d+):(\d+)(?: \((.*)\))?$/s;
/** The location in a `where` text, or undefined when it names no file (`input 'duration'`). */
function parseFileLocation(where) {
    const match = LOCATION.exec(where);
    if (!match)
        return undefined;
    const line = Number(match[2]);
    const col = Number(match[3]);
    if (!(line >= 1) || !(col >= 1))
        return undefined;
    return { file: match[1], line, col };
}
/**
 * The path as GitHub names a file in the repository (forward slashes, relative), or
 * undefined for a file outside it: annotations can only point inside the repository.
 */
function repositoryPath(file) {
    const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!path || path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path === '..' || path.startsWith('../'))
        return undefined;
    return path;
}

;// CONCATENATED MODULE: ./src/config/file/load-config-file.ts
/**
 * Reads the YAML config file and checks it against the config schema. Every problem
 * is reported at `path/to/file.yml:LINE:COL (dotted.path[0])`.
 */





function loadConfigFile(text, displayPath) {
    const source = parseYaml(text);
    const locate = (path, atKey = false) => {
        const { line, col } = source.position(path, atKey);
        return formatFileLocation({ file: displayPath, line, col }, path.length ? formatPath(path) : undefined);
    };
    const loaded = {
        displayPath,
        config: {},
        unreadable: false,
        invalid: new Set(),
        issues: [],
        locate,
    };
    if (source.problems.length) {
        loaded.unreadable = true;
        loaded.issues = source.problems.map((problem) => ({
            where: formatFileLocation({ file: displayPath, line: problem.line, col: problem.col }),
            message: `YAML syntax error: ${problem.message}`,
        }));
        return loaded;
    }
    if (source.refused.length) {
        loaded.unreadable = true;
        loaded.issues = source.refused.map((refusal) => ({
            where: `${displayPath}:${refusal.line}:${refusal.col}${refusal.path.length ? ` (${formatPath(refusal.path)})` : ''}`,
            message: refusal.message,
        }));
        return loaded;
    }
    const value = source.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        loaded.unreadable = true;
        loaded.issues = [
            {
                where: locate([]),
                message: `got ${quote(value)}; expected a mapping of settings such as "duration: 30s" (one per line)`,
            },
        ];
        return loaded;
    }
    const result = validate(configFileSchema, value);
    if (result.ok) {
        loaded.config = result.value;
        return loaded;
    }
    // Use what is valid: the schema has no cross-key rules, so a key without problems is sound.
    loaded.config = value;
    const problems = result.problems
        .map((problem) => ({ problem, at: source.position(problem.path, problem.atKey) })) // in file order
        .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col)
        .map(({ problem }) => problem);
    for (const problem of problems) {
        loaded.issues.push({ where: locate(problem.path, problem.atKey), message: problem.message });
        if (problem.unknownKey)
            continue;
        const [first, second, third] = problem.path.map(String);
        if (first === undefined)
            continue;
        if (first !== 'environments' || second === undefined)
            loaded.invalid.add(first);
        else if (third === undefined)
            loaded.invalid.add(`environments.${second}`);
        else
            loaded.invalid.add(`environments.${second}.${third}`);
    }
    return loaded;
}

;// CONCATENATED MODULE: ./src/config/report-dir-settings.ts
/**
 * `report-dir`: inside the workspace or under the runner's temp directory (where
 * workflows often put outputs), not an existing file, and writable. It is checked
 * with the other settings, so a report that could not be written is known before
 * any load is sent, not after.
 */





/** The report dir's rules from the resolve options: the OS temp directory is allowed unless the caller names its own. */
function reportDirOptions(options) {
    return {
        workspace: options.workspace,
        outputRoots: options.outputRoots ?? [external_node_os_default().tmpdir()],
        fileSystem: options.readFile === undefined,
    };
}
/** The report dir's path, checked by place and kind; undefined (with the issue reported) when refused. */
function reportDirFrom(text, where, options, add) {
    const checked = checkWorkspacePath(text, where, {
        workspace: options.workspace,
        extraRoots: options.outputRoots,
        followLinks: options.fileSystem,
        expected: `a directory inside the workspace${options.outputRoots.length ? ' or the temp directory' : ''}, such as loadgate-report`,
    }, add);
    if (!checked)
        return undefined;
    if (options.fileSystem && existsAsNonDirectory(checked.absolute)) {
        add(where, `got ${quote(text)}, which is an existing file; expected a directory (or a path to create one)`);
        return undefined;
    }
    return text;
}
/**
 * Creates the report dir and writes and removes a probe file in it: the report is
 * written after the load, and a run whose report cannot be written is refused before.
 */
function probeReportDir(text, where, workspace, add) {
    const dir = external_node_path_default().resolve(workspace, text);
    const probe = external_node_path_default().join(dir, `.loadgate-probe-${process.pid}-${Date.now()}`);
    try {
        external_node_fs_default().mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        add(where, `got ${quote(text)}, which cannot be created (${reason(error)}); expected a writable directory`);
        return;
    }
    try {
        external_node_fs_default().writeFileSync(probe, '');
        external_node_fs_default().rmSync(probe, { force: true });
    }
    catch (error) {
        add(where, `got ${quote(text)}, which cannot be written (${reason(error)}); expected a writable directory`);
    }
}
function existsAsNonDirectory(absolute) {
    try {
        return !external_node_fs_default().statSync(absolute).isDirectory();
    }
    catch {
        return false;
    }
}
/** The error code in words, never the error's message (it repeats absolute paths). */
function reason(error) {
    const code = error.code;
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
        case 'EEXIST':
            return 'a part of the path is a file';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on the device';
        default:
            return code ?? 'unknown error';
    }
}

;// CONCATENATED MODULE: ./src/config/traffic/session-settings.ts
/** Per-VU session keys: `think-time` between requests and tenant `isolation`. */

function thinkTimeFrom(value, where, add) {
    if (typeof value === 'string') {
        const ms = parseDuration(value);
        return { minMs: ms, maxMs: ms };
    }
    const minMs = parseDuration(value.min);
    const maxMs = parseDuration(value.max);
    if (minMs > maxMs) {
        add(where, `got min ${value.min} above max ${value.max}; expected min ≤ max, e.g. {min: 500ms, max: 2s}`);
        return null;
    }
    return { minMs, maxMs };
}
function isolationFrom(value, where, add) {
    const { json, header, field } = value;
    if ((json === undefined) === (header === undefined)) {
        add(where, `got ${json === undefined ? 'neither json nor header' : 'both json and header'}; expected one of them: {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`);
        return null;
    }
    return json !== undefined
        ? { from: 'json', path: json, field }
        : { from: 'header', path: header.toLowerCase(), field };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/config/traffic/data-file-errors.ts
/**
 * Why a data file does not parse, as `file:line:col: what is wrong`, without any of its
 * text: records hold passwords, and the parsers' own messages quote them (csv-parse
 * names the field's value, JSON.parse a slice of the text around the mistake). The
 * position comes from csv-parse's error fields, and for JSON from a scan of our own.
 */
/** csv-parse's error codes, in words. */
const CSV_PROBLEMS = {
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field (double it, "", to write one)',
    INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
    CSV_INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
    CSV_QUOTE_NOT_CLOSED: 'a quoted field that is never closed',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after the closing quote of a field',
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'a record with a different number of fields than the header line',
    CSV_RECORD_INCONSISTENT_COLUMNS: 'a record with a different number of fields than the header line',
    CSV_MAX_RECORD_SIZE: 'a record that is too large',
};
/** `users.csv:3 (field 2, "password"): a quote inside …`, from a csv-parse error. */
function csvParseProblem(error, file) {
    const fields = (error ?? {});
    const code = typeof fields.code === 'string' ? fields.code : '';
    const what = CSV_PROBLEMS[code] ?? `a CSV syntax error (${code || 'unknown'})`;
    const line = typeof fields.lines === 'number' ? `:${fields.lines}` : '';
    const index = typeof fields.index === 'number' ? fields.index : undefined;
    // The column's name comes from the header line, which names fields and holds no secrets.
    const name = typeof fields.column === 'string' ? `, ${JSON.stringify(fields.column.slice(0, 40))}` : '';
    const field = index !== undefined && code !== 'CSV_RECORD_INCONSISTENT_COLUMNS' ? ` (field ${index + 1}${name})` : '';
    return `${file}${line}${field}: not valid CSV: ${what}`;
}
/** `users.json:2:14: not valid JSON: …`, with the position found by scanning the text. */
function jsonParseProblem(text, file) {
    const { offset, what } = jsonSyntaxError(text);
    const { line, col } = lineAndColumn(text, offset);
    return `${file}:${line}:${col}: not valid JSON: ${what}`;
}
function lineAndColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            start = i + 1;
        }
    }
    return { line, col: offset - start + 1 };
}
class JsonScanError extends Error {
    offset;
    what;
    constructor(offset, what) {
        super(what);
        this.offset = offset;
        this.what = what;
    }
}
/** The offset and kind of the first JSON syntax error (the text is known not to parse). */
function jsonSyntaxError(text) {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (what) => {
        throw new JsonScanError(i, i >= text.length ? 'the file ends early' : what);
    };
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const expect = (char, what) => {
        space();
        if (text[i] !== char)
            fail(what);
        i++;
    };
    const string = () => {
        const start = i;
        i++; // the opening quote
        for (;;) {
            if (i >= text.length)
                throw new JsonScanError(start, 'a text in double quotes that is never closed');
            const c = text.charCodeAt(i);
            if (c === 0x22)
                break;
            if (c < 0x20)
                fail('a control character or line break inside a string (write it as \\n or \\u00XX)');
            if (c === 0x5c) {
                i++;
                if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5)))
                    i += 4;
                else if (!'"\\/bfnrt'.includes(text[i] ?? ''))
                    fail('an unknown escape after a backslash in a string');
            }
            i++;
        }
        i++;
    };
    const value = () => {
        space();
        const c = text[i];
        if (c === '{') {
            i++;
            space();
            if (text[i] === '}')
                return void i++;
            for (;;) {
                space();
                if (text[i] !== '"')
                    fail('expected a field name in double quotes');
                string();
                expect(':', 'expected a colon after the field name');
                value();
                space();
                if (text[i] === '}')
                    return void i++;
                if (text[i] !== ',')
                    fail('expected a comma or } after the value');
                i++;
            }
        }
        if (c === '[') {
            i++;
            space();
            if (text[i] === ']')
                return void i++;
            for (;;) {
                value();
                space();
                if (text[i] === ']')
                    return void i++;
                if (text[i] !== ',')
                    fail('expected a comma or ] after the value');
                i++;
            }
        }
        if (c === '"')
            return string();
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (literal) {
            i += literal[0].length;
            if (/^[\w.$+-]/.test(text[i] ?? ''))
                fail('unexpected text right after a number, true, false or null');
            return;
        }
        fail(c === "'"
            ? 'a text in single quotes (JSON needs double quotes)'
            : 'expected a value (a text in double quotes, a number, true, false, null, a list or an object)');
    };
    try {
        value();
        space();
        if (i < text.length)
            fail('more text after the end of the JSON value');
    }
    catch (error) {
        if (error instanceof JsonScanError)
            return { offset: error.offset, what: error.what };
        throw error;
    }
    // JSON.parse refused what the scan accepts (e.g. a lone surrogate): name no position.
    return { offset: 0, what: 'the text is not JSON' };
}

;// CONCATENATED MODULE: ./src/config/traffic/test-data.ts
/**
 * The `data` key: a CSV or JSON file of records (users, tenants) shared read-only by
 * the VUs. Read and parsed once before the load; a record is never quoted back in a
 * message, since it may hold a password.
 */






/** Largest data file read, so a wrong path to a huge file fails clearly instead of exhausting memory. */
const MAX_DATA_FILE_BYTES = 50 * 1024 * 1024;
/** Reads and parses the data file; null (with the issue reported) when it cannot be used. */
function loadTestData(value, where, options, read, add) {
    const file = typeof value === 'string' ? value : value.file;
    const order = typeof value === 'string' ? 'sequential' : (value.order ?? 'sequential');
    const checked = checkWorkspacePath(file, where, {
        workspace: options.workspace,
        ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
        followLinks: options.readFile === undefined,
        expected: 'a CSV or JSON data file inside the workspace, such as users.csv',
    }, add);
    if (!checked)
        return null;
    const { absolute } = checked;
    let text;
    try {
        text = read(absolute);
    }
    catch (error) {
        const code = error.code;
        add(where, `could not read the data file ${quote(file)}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}`);
        return null;
    }
    if (text === undefined) {
        add(where, `got ${quote(file)}; no such file (looked for ${shorten(absolute, 200)}); expected a CSV or JSON data file relative to the workspace`);
        return null;
    }
    if (text.length > MAX_DATA_FILE_BYTES) {
        add(where, `the data file ${quote(file)} is larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB; expected a smaller file of records`);
        return null;
    }
    const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
    const parsed = isJson ? jsonRecords(text, file) : csvRecords(text, file);
    if ('problem' in parsed) {
        add(where, parsed.problem);
        return null;
    }
    const { records, columns } = parsed;
    if (records.length === 0) {
        add(where, `the data file ${quote(file)} has no records; expected at least one (${isJson ? 'a JSON list of objects' : 'a header line, then one line per record'})`);
        return null;
    }
    return {
        file,
        order,
        columns,
        records,
        secretColumns: columns.filter((column) => isSensitiveHeader(column)),
    };
}
function csvRecords(text, file) {
    let rows;
    try {
        rows = (0,sync/* parse */.qg)(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    }
    catch (error) {
        // csv-parse's message quotes the field's value (maybe a password): only its position is kept.
        return {
            problem: `${csvParseProblem(error, file)}; expected a header line such as "tenant,email,password", then one record per line`,
        };
    }
    const unsafe = Object.keys(rows[0] ?? {}).find(isUnsafeKey);
    if (unsafe !== undefined)
        return { problem: unsafeColumn(file, unsafe) };
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const columns = rows.length > 0
        ? Object.keys(rows[0])
        : header
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
    return { records: rows, columns };
}
function jsonRecords(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text around the mistake: the position is found instead.
        return {
            problem: `${jsonParseProblem(text, file)}; expected a list of objects such as [{"tenant": "acme", "email": "a@acme.test"}]`,
        };
    }
    if (!Array.isArray(value)) {
        return {
            problem: `the data file ${quote(file)} holds ${kindOf(value)}; expected a JSON list of objects such as [{"tenant": "acme"}]`,
        };
    }
    const records = [];
    const columns = [];
    for (const [index, item] of value.entries()) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            return {
                problem: `record ${index} of ${quote(file)} is ${kindOf(item)}; expected an object of fields such as {"tenant": "acme"}`,
            };
        }
        const record = {};
        for (const [key, field] of Object.entries(item)) {
            if (isUnsafeKey(key))
                return { problem: unsafeColumn(file, key) };
            if (field !== null && typeof field === 'object') {
                return {
                    problem: `the field ${quote(key)} of record ${index} in ${quote(file)} is ${kindOf(field)}; expected text, a number or true/false`,
                };
            }
            record[key] = field === null || field === undefined ? '' : String(field);
            if (index === 0)
                columns.push(key);
        }
        records.push(record);
    }
    for (const [index, record] of records.entries()) {
        const lacking = columns.filter((column) => !Object.hasOwn(record, column));
        if (lacking.length > 0) {
            return {
                problem: `record ${index} of ${quote(file)} lacks ${describe_listOf(lacking.map((c) => `"${c}"`), 'and')}; expected every record to have the fields of the first (${describe_listOf(columns, 'and')})`,
            };
        }
    }
    return { records, columns };
}
function unsafeColumn(file, name) {
    return `the data file ${quote(file)} has a field named ${quote(name)}, a name JavaScript reserves for object internals; expected other field names`;
}

;// CONCATENATED MODULE: ./src/config/layers/file-layer.ts
/**
 * The config file: reading it (a missing default file is no error, a missing named
 * one is) and the layer one block of it gives (the top level or one environment).
 * Values the schema refused are INVALID here; the rest are converted and checked.
 */















/** How a path the action reads is checked against the workspace. */
function readPathOptions(options, expected) {
    return {
        workspace: options.workspace,
        ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
        followLinks: options.readFile === undefined,
        expected,
    };
}
function readConfigFile(configInput, options, issues) {
    const read = options.readFile ?? readFileIfExists;
    const where = configInput !== undefined ? "input 'config'" : DEFAULT_CONFIG_PATH;
    const checked = checkWorkspacePath(configInput ?? DEFAULT_CONFIG_PATH, where, readPathOptions(options, `the path of a YAML file inside the workspace, such as ${DEFAULT_CONFIG_PATH}`), (at, message) => issues.add(at, message));
    if (!checked)
        return undefined;
    const { absolute, displayPath } = checked;
    let text;
    try {
        text = read(absolute);
    }
    catch (error) {
        issues.add(where, `could not read ${quote(displayPath)}: ${readFailure(error)}; expected a YAML file`);
        return undefined;
    }
    if (text === undefined) {
        if (configInput !== undefined) {
            issues.add("input 'config'", `got ${quote(configInput)}; no such file (looked for ${shorten(absolute, 200)}); expected the path of a YAML file relative to the workspace`);
        }
        return undefined;
    }
    return loadConfigFile(text, displayPath);
}
/** Why a file could not be read, in words (the error's own message repeats the absolute path). */
function readFailure(error) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'it is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ELOOP')
        return 'a loop of symlinks';
    return code ?? 'unknown error';
}
function readFileIfExists(absolutePath) {
    try {
        return external_node_fs_default().readFileSync(absolutePath, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The values one block of the file gives (top level or one environment). */
function layerFromBlock(block, prefix, file, issues, options) {
    const layer = {};
    const add = (where, message) => issues.add(where, message);
    const dotted = (key) => [...prefix, key].join('.');
    const at = (...rest) => file.locate([...prefix, ...rest]);
    const slot = (key, convert) => {
        if (file.invalid.has(dotted(key)))
            return INVALID;
        const value = block[key];
        if (value === undefined)
            return undefined;
        const where = at(key);
        return issues.slot(where, () => convert(value, where));
    };
    layer.targetUrl = slot('target-url', (value) => value);
    layer.durationMs = slot('duration', (value, where) => positiveDuration(value, where, 'duration', issues));
    layer.vus = slot('vus', (value) => value);
    layer.rampUpMs = slot('ramp-up', (value) => parseDuration(value));
    layer.stages = slot('stages', (stages, where) => {
        const list = stages.map((stage) => ({ durationMs: parseDuration(stage.duration), target: stage.target }));
        return checkStages(list, where, issues);
    });
    layer.endpoints = slot('endpoints', (items) => endpointsFrom(items, (index, ...rest) => at('endpoints', index, ...rest), issues));
    layer.thresholds = slot('thresholds', (value) => parseThresholds(thresholdSources(value, (...rest) => at('thresholds', ...rest)), issues));
    layer.headers = slot('headers', (headers) => headerRecord(headers, (name) => at('headers', name), issues));
    layer.timeoutMs = slot('timeout', (value, where) => positiveDuration(value, where, 'timeout', issues));
    layer.failOnBreach = slot('fail-on-breach', (value) => value);
    layer.autoRollback = slot('auto-rollback', (value) => value);
    layer.reportDir = slot('report-dir', (value, where) => reportDirFrom(value, where, reportDirOptions(options), add) ?? INVALID);
    layer.rate = slot('rate', (value) => value);
    layer.maxVus = slot('max-vus', (value) => value);
    layer.scenario = slot('scenario', (value) => value);
    layer.data = slot('data', (value, where) => loadTestData(value, where, options, options.readFile ?? readFileIfExists, add) ?? INVALID);
    layer.setup = slot('setup', (items) => endpointsFrom(items, (index, ...rest) => at('setup', index, ...rest), issues));
    layer.thinkTime = slot('think-time', (value, where) => thinkTimeFrom(value, where, add) ?? INVALID);
    layer.isolation = slot('isolation', (value, where) => isolationFrom(value, where, add) ?? INVALID);
    const baselineSources = BASELINE_SOURCE_KEYS.flatMap((key) => block[key] === undefined ? [] : [{ key, value: block[key], where: at(key) }]);
    if (BASELINE_SOURCE_KEYS.some((key) => file.invalid.has(dotted(key))))
        layer.baselineSource = INVALID;
    else if (baselineSources[0]) {
        layer.baselineSource = issues.slot(baselineSources[0].where, () => {
            const named = baselineSourceFrom(baselineSources, options.workspace, add);
            return named ? named.source : INVALID;
        });
    }
    layer.baselineArtifactName = slot('baseline-artifact-name', (value, where) => baselineArtifactNameFrom(value, where, add) ?? INVALID);
    layer.baselineMissing = slot('baseline-missing', (value) => value);
    layer.confidence = slot('confidence', (value, where) => confidenceFrom(value, where, add) ?? INVALID);
    const shapeKeys = ['duration', 'vus', 'ramp-up'].filter((key) => block[key] !== undefined);
    if (block.stages !== undefined && shapeKeys.length) {
        issues.add(at('stages'), `got both stages and ${describe_listOf(shapeKeys, 'and')} in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)`);
    }
    return layer;
}

;// CONCATENATED MODULE: ./src/config/layers/environment-layers.ts
/**
 * The file's two layers: its top level and the `environments:` block the
 * `environment` input selects. Every block is checked, not only the selected one, so
 * a mistake in the production block is found by the staging run.
 */



function fileLayers(file, environment, issues, options) {
    issues.list.push(...file.issues);
    let top = layerFromBlock(file.config, [], file, issues, options);
    let env = {};
    const environments = file.invalid.has('environments') ? undefined : file.config.environments;
    for (const [name, block] of Object.entries(environments ?? {})) {
        const layer = file.invalid.has(`environments.${name}`)
            ? invalidLayer()
            : layerFromBlock(block, ['environments', name], file, issues, options);
        if (name === environment)
            env = layer;
    }
    if (environment !== undefined &&
        !file.unreadable &&
        !file.invalid.has('environments') &&
        !Object.hasOwn(environments ?? {}, environment)) {
        // Own keys only: `toString` or `constructor` is no environment.
        const names = Object.keys(environments ?? {});
        const expected = names.length
            ? `expected one of the environments of ${file.displayPath}: ${describe_listOf(names.map((n) => quote(n)))}${describe_didYouMean(environment, names)}`
            : `expected an environment the file defines, but ${file.displayPath} has no environments: block (add one, or give no environment)`;
        issues.add("input 'environment'", `got ${quote(environment)}; ${expected}`);
    }
    if (file.unreadable)
        env = top = invalidLayer();
    return { top, env };
}

;// CONCATENATED MODULE: ./src/config/layers/input-layer.ts
/**
 * The layer the action's inputs (or the CLI's flags) give. Inputs are text: each is
 * converted and checked here, and a problem names the input (and line, for the
 * multi-line ones).
 */











function layerFromInputs(inputs, given, issues, options) {
    const add = (where, message) => issues.add(where, message);
    const slot = (name, convert) => {
        const text = given(name);
        if (text === undefined)
            return undefined;
        const where = `input '${name}'`;
        return issues.slot(where, () => convert(text, where));
    };
    const duration = (name) => slot(name, (text, where) => {
        try {
            const ms = parseDuration(text);
            return name === 'ramp-up' ? ms : positiveDuration(text, where, name, issues);
        }
        catch (error) {
            if (!(error instanceof DurationSyntaxError))
                throw error;
            issues.add(where, error.message);
            return INVALID;
        }
    });
    const baselineSources = BASELINE_SOURCE_KEYS.flatMap((name) => {
        const text = given(name);
        return text === undefined ? [] : [{ key: name, value: text, where: `input '${name}'` }];
    });
    const boolean = (name) => slot(name, (text, where) => {
        if (/^(?:true|True|TRUE)$/.test(text))
            return true;
        if (/^(?:false|False|FALSE)$/.test(text))
            return false;
        issues.add(where, `got ${quote(text)}; expected true or false`);
        return INVALID;
    });
    return {
        targetUrl: slot('target-url', (text, where) => (checkTargetUrl(text, where, add) ? text : INVALID)),
        durationMs: duration('duration'),
        vus: slot('vus', (text, where) => {
            if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)))
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected a whole number of virtual users, 1 or more`);
            return INVALID;
        }),
        rampUpMs: duration('ramp-up'),
        endpoints: slot('endpoints', () => endpointsFromInput(inputs.endpoints, issues)),
        thresholds: slot('thresholds', () => parseThresholds(thresholdLines(inputs.thresholds), issues)),
        headers: slot('headers', (_text, where) => headerLines(inputs.headers, where, issues)),
        timeoutMs: duration('timeout'),
        failOnBreach: boolean('fail-on-breach'),
        autoRollback: boolean('auto-rollback'),
        reportDir: slot('report-dir', (text, where) => reportDirFrom(text, where, reportDirOptions(options), add) ?? INVALID),
        rate: slot('rate', (text, where) => {
            if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0)
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected requests per second, a number above 0 such as 200`);
            return INVALID;
        }),
        maxVus: slot('max-vus', (text, where) => {
            if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)))
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected a whole number of requests in flight, 1 or more`);
            return INVALID;
        }),
        scenario: slot('scenario', (text, where) => {
            if (SCENARIO_NAMES.includes(text))
                return text;
            issues.add(where, `got ${quote(text)}; expected one of ${describe_listOf(SCENARIO_NAMES)}${describe_didYouMean(text, SCENARIO_NAMES)}`);
            return INVALID;
        }),
        baselineSource: baselineSources[0]
            ? issues.slot(baselineSources[0].where, () => {
                const named = baselineSourceFrom(baselineSources, options.workspace, add);
                return named ? named.source : INVALID;
            })
            : undefined,
        baselineArtifactName: slot('baseline-artifact-name', (text, where) => baselineArtifactNameFrom(text, where, add) ?? INVALID),
        baselineMissing: slot('baseline-missing', (text, where) => baselineMissingFrom(text, where, add) ?? INVALID),
        confidence: slot('confidence', (text, where) => confidenceFrom(text, where, add) ?? INVALID),
    };
}

;// CONCATENATED MODULE: ./src/config/publish-settings.ts
/**
 * Where the verdict goes besides the job summary: the artifact, Slack, a Prometheus
 * Pushgateway, a sticky PR comment and a check run. These come from inputs only: the webhook URL
 * and the token are secrets, which do not belong in a config file in the repository.
 */

const SLACK_NOTIFY_ON = ['failure', 'marginal', 'always', 'never'];
const PUBLISH_DEFAULTS = {
    uploadArtifact: true,
    artifactName: 'loadgate-report',
    slackNotifyOn: 'failure',
    commentOnPr: true,
    checkRun: true,
};
/** Artifact names may not contain these (GitHub's rule). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
/** The publishing settings when no input asks for anything: upload and comment, nothing else. */
function defaultPublishSettings() {
    return { ...PUBLISH_DEFAULTS };
}
function httpUrlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'expected an absolute http or https URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `expected an http or https URL (the scheme is ${url.protocol.slice(0, -1)})`;
    return undefined;
}
function resolvePublishSettings(given, issues) {
    const add = (name, message) => void issues.push({ where: `input '${name}'`, message });
    const boolean = (name, fallback) => {
        const text = given(name);
        if (text === undefined)
            return fallback;
        if (/^(?:true|True|TRUE)$/.test(text))
            return true;
        if (/^(?:false|False|FALSE)$/.test(text))
            return false;
        add(name, `got ${quote(text)}; expected true or false`);
        return fallback;
    };
    const publish = {
        uploadArtifact: boolean('upload-artifact', PUBLISH_DEFAULTS.uploadArtifact),
        artifactName: PUBLISH_DEFAULTS.artifactName,
        slackNotifyOn: PUBLISH_DEFAULTS.slackNotifyOn,
        commentOnPr: boolean('comment-on-pr', PUBLISH_DEFAULTS.commentOnPr),
        checkRun: boolean('check-run', PUBLISH_DEFAULTS.checkRun),
    };
    const name = given('artifact-name');
    if (name !== undefined) {
        if (ARTIFACT_NAME_FORBIDDEN.test(name)) {
            add('artifact-name', `got ${quote(name)}; expected a name without any of " : < > | * ? \\ / or line breaks`);
        }
        else
            publish.artifactName = name;
    }
    const retention = given('artifact-retention-days');
    if (retention !== undefined) {
        if (/^\d+$/.test(retention) && Number(retention) >= 1 && Number(retention) <= 90) {
            publish.artifactRetentionDays = Number(retention);
        }
        else
            add('artifact-retention-days', `got ${quote(retention)}; expected a whole number of days from 1 to 90`);
    }
    const webhook = given('slack-webhook-url');
    if (webhook !== undefined) {
        // The URL is a secret: say what is wrong without repeating it.
        const problem = httpUrlProblem(webhook);
        if (problem)
            add('slack-webhook-url', `the value (not shown, it is a secret) is not usable: ${problem}, such as https://hooks.slack.com/services/…`);
        else
            publish.slackWebhookUrl = webhook;
    }
    const notifyOn = given('slack-notify-on');
    if (notifyOn !== undefined) {
        if (SLACK_NOTIFY_ON.includes(notifyOn))
            publish.slackNotifyOn = notifyOn;
        else
            add('slack-notify-on', `got ${quote(notifyOn)}; expected one of ${SLACK_NOTIFY_ON.join(', ')}`);
    }
    const pushgateway = given('pushgateway-url');
    if (pushgateway !== undefined) {
        const problem = httpUrlProblem(pushgateway);
        if (problem)
            add('pushgateway-url', `got ${quote(pushgateway)}; ${problem}, such as http://pushgateway:9091`);
        else
            publish.pushgatewayUrl = pushgateway.replace(/\/+$/, '');
    }
    const token = given('github-token');
    // Outside a runner (@github/local-action) the action.yml default arrives unexpanded: no token.
    if (token !== undefined && !/^\$\{\{[^}]*\}\}$/.test(token.trim()))
        publish.githubToken = token;
    return publish;
}

;// CONCATENATED MODULE: ./src/config/settings-error.ts
/** Every problem found in the inputs and the config file, reported together. */
class SettingsError extends Error {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `${issue.where}: ${issue.message}`);
        super(issues.length === 1
            ? `invalid settings: ${lines[0]}`
            : `${issues.length} problems in the settings:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
        this.name = 'SettingsError';
        this.issues = issues;
    }
}

;// CONCATENATED MODULE: ./src/config/resolve-settings.ts
/**
 * Inputs + config file → `Settings`. Precedence, per key: an input that was given >
 * the selected `environments:` block > the file's top level > built-in defaults.
 * Every value is checked, including those a higher layer overrides (a mistake in
 * the production block is found by the staging run), and all problems are thrown
 * together as one `SettingsError`.
 *
 * This module only composes: each source is a layer (layers/), each concern checks its
 * own keys (endpoints-settings.ts, threshold-settings.ts, traffic/, …), and the layers
 * are combined key by key (layers/combine-layers.ts).
 */












function resolveSettings(inputs, options) {
    const issues = new Issues();
    const given = (name) => {
        const value = inputs[name]?.trim();
        return value ? value : undefined;
    };
    const inputLayer = layerFromInputs(inputs, given, issues, options);
    const file = readConfigFile(given('config'), options, issues);
    const environment = given('environment');
    const { top, env } = file
        ? fileLayers(file, environment, issues, options)
        : { top: {}, env: {} };
    if (environment !== undefined && !file && given('config') === undefined) {
        issues.add("input 'environment'", `got ${quote(environment)}, but there is no config file (${DEFAULT_CONFIG_PATH} does not exist); expected a config file with an environments: block (the config input), or no environment`);
    }
    const settings = combineLayers([inputLayer, env, top], given, issues);
    const publish = resolvePublishSettings(given, issues.list);
    if (settings)
        checkBaselineNeeded(settings.thresholds, settings.baseline, issues);
    // Last, and only for a run that would start: it creates the directory.
    const reportDir = pick([inputLayer, env, top], 'reportDir');
    if (!issues.list.length && settings && reportDirOptions(options).fileSystem) {
        probeReportDir(settings.reportDir, sourced(reportDir)?.where ?? "input 'report-dir' (the default)", options.workspace, (at, message) => issues.add(at, message));
    }
    if (issues.list.length || !settings)
        throw new SettingsError(issues.list);
    return {
        ...settings,
        publish,
        ...(environment !== undefined ? { environment } : {}),
        ...(file ? { configPath: file.displayPath } : {}),
    };
}

;// CONCATENATED MODULE: ./src/config/index.ts

/**
 * Resolves the settings of a run from the action's inputs (or CLI flags) and the
 * config file. Throws `SettingsError` listing every problem found.
 */
function readSettings(inputs, options) {
    return resolveSettings(inputs, options);
}






// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var hdr_histogram_js_dist = __webpack_require__(32960);
;// CONCATENATED MODULE: ./src/metrics/latency-histogram.ts
/**
 * A latency histogram: values are recorded in microseconds into an HDR histogram
 * (pure JavaScript, 3 significant digits, 1 µs to 1 hour) and read back in
 * milliseconds. Memory is fixed (about 95 KB) whatever the number of samples.
 */

/** Largest value the histogram tracks: one hour, in microseconds. Larger values are clamped. */
const HIGHEST_TRACKABLE_US = 3_600_000_000;
const SIGNIFICANT_DIGITS = 3;
function newHdrHistogram() {
    return (0,hdr_histogram_js_dist/* build */.jq)({
        useWebAssembly: false,
        bitBucketSize: 32,
        lowestDiscernibleValue: 1,
        highestTrackableValue: HIGHEST_TRACKABLE_US,
        numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
    });
}
/** Microseconds to milliseconds, kept to microsecond precision. */
function usToMs(us) {
    return Math.round(us) / 1000;
}
const EMPTY_LATENCY_SUMMARY = Object.freeze({
    count: 0,
    min: 0,
    mean: 0,
    stdev: 0,
    p50: 0,
    p90: 0,
    p95: 0,
    p99: 0,
    p999: 0,
    max: 0,
});
class LatencyHistogram {
    hdr;
    constructor(hdr) {
        this.hdr = hdr ?? newHdrHistogram();
    }
    /** Reads a histogram written by {@link encode} (or any HDR compressed base64 histogram in µs). */
    static decode(base64) {
        return new LatencyHistogram((0,hdr_histogram_js_dist/* decodeFromCompressedBase64 */.Vc)(base64, 32, false));
    }
    /** Records one latency in microseconds; negative values count as 0, values above one hour as one hour. */
    recordMicros(us) {
        this.hdr.recordValue(us <= 0 ? 0 : us < HIGHEST_TRACKABLE_US ? Math.round(us) : HIGHEST_TRACKABLE_US);
    }
    get count() {
        return this.hdr.totalCount;
    }
    /** The value at `percentile` (0–100], in milliseconds; 0 when empty. */
    percentileMs(percentile) {
        return this.count === 0 ? 0 : usToMs(this.hdr.getValueAtPercentile(percentile));
    }
    summary() {
        const count = this.count;
        if (count === 0)
            return { ...EMPTY_LATENCY_SUMMARY };
        const hdr = this.hdr;
        return {
            count,
            min: usToMs(hdr.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : hdr.minNonZeroValue),
            mean: usToMs(hdr.mean),
            stdev: usToMs(hdr.stdDeviation),
            p50: usToMs(hdr.getValueAtPercentile(50)),
            p90: usToMs(hdr.getValueAtPercentile(90)),
            p95: usToMs(hdr.getValueAtPercentile(95)),
            p99: usToMs(hdr.getValueAtPercentile(99)),
            p999: usToMs(hdr.getValueAtPercentile(99.9)),
            // Like the percentiles, the highest value equivalent to the largest sample (so p999 ≤ max, and a decoded copy agrees).
            max: usToMs(hdr.getValueAtPercentile(100)),
        };
    }
    /** HDR compressed base64 of the recorded microsecond values. */
    encode() {
        return (0,hdr_histogram_js_dist/* encodeIntoCompressedBase64 */.dH)(this.hdr);
    }
    /** Adds every sample of `other` to this histogram. */
    add(other) {
        if (other.count > 0)
            this.hdr.add(other.hdr);
    }
    /** Removes every sample of `other` from this histogram (`other` must be a subset of it). */
    subtract(other) {
        if (other.count > 0)
            this.hdr.subtract(other.hdr);
    }
    /** Makes this histogram hold exactly the samples of `other`. */
    copyFrom(other) {
        this.hdr.reset();
        this.add(other);
    }
    reset() {
        this.hdr.reset();
    }
}

;// CONCATENATED MODULE: ./src/metrics/measurements.ts
/**
 * What a run measured, as plain JSON (results.json carries it under `measurements`).
 * Latencies are in milliseconds; percentiles come from HDR histograms recorded in
 * microseconds with 3 significant digits.
 */
/**
 * Why a request did not succeed. Kept apart so reports can tell a slow canary from a broken one.
 * `tls`: the TLS handshake or the certificate check failed; `other`: no class above
 * (an invalid HTTP response, headers too large …; see `errorCauses`).
 */
const ERROR_CLASSES = [
    'timeout',
    'connection_refused',
    'connection_reset',
    'dns',
    'tls',
    'http_4xx',
    'http_5xx',
    'unexpected_status',
    'other',
];
/** Counts per error class with every class present: the given ones, zero for the rest. */
function errorCounts(given = {}) {
    return Object.fromEntries(ERROR_CLASSES.map((errorClass) => [errorClass, given[errorClass] ?? 0]));
}

;// CONCATENATED MODULE: ./src/metrics/endpoint-accumulator.ts
/**
 * One endpoint's counters and latency histogram, as the recorder keeps them while the
 * load runs: typed arrays indexed by status code and error class, so recording a
 * request allocates nothing.
 */


/** Error classes by index, so the hot path can count with a typed array. */
const ERROR_INDEX = Object.fromEntries(ERROR_CLASSES.map((name, index) => [name, index]));
/** HTTP status codes have three digits. */
const STATUS_SLOTS = 1000;
/** Counters and histogram for one endpoint. */
class EndpointAccumulator {
    requests = 0;
    succeeded = 0;
    failed = 0;
    bytesSent = 0;
    bytesReceived = 0;
    statusCounts = new Float64Array(STATUS_SLOTS);
    errorCounts = new Float64Array(ERROR_CLASSES.length);
    histogram = new LatencyHistogram();
    toStats(durationMs, histogram = this.histogram) {
        const statusCounts = {};
        for (let status = 0; status < STATUS_SLOTS; status++) {
            const count = this.statusCounts[status] ?? 0;
            if (count > 0)
                statusCounts[String(status)] = count;
        }
        const errors = {};
        ERROR_CLASSES.forEach((name, index) => (errors[name] = this.errorCounts[index] ?? 0));
        return {
            requests: this.requests,
            succeeded: this.succeeded,
            failed: this.failed,
            rps: durationMs > 0 ? round3((this.requests * 1000) / durationMs) : 0,
            bytesSent: this.bytesSent,
            bytesReceived: this.bytesReceived,
            statusCounts,
            errors,
            latency: histogram.summary(),
            histogram: histogram.encode(),
        };
    }
    addTo(total) {
        total.requests += this.requests;
        total.succeeded += this.succeeded;
        total.failed += this.failed;
        total.bytesSent += this.bytesSent;
        total.bytesReceived += this.bytesReceived;
        for (let i = 0; i < STATUS_SLOTS; i++)
            total.statusCounts[i] += this.statusCounts[i];
        for (let i = 0; i < ERROR_CLASSES.length; i++)
            total.errorCounts[i] += this.errorCounts[i];
        total.histogram.add(this.histogram);
    }
}
function round3(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/metrics/error-causes.ts
/** The request ran out of the request timeout (the error the client aborts it with). */
const REQUEST_TIMEOUT_CAUSE = 'LOADGATE_REQUEST_TIMEOUT';
/** llhttp could not parse the response. undici 8 leaves `code` unset on these errors, so they are known by name. */
const INVALID_HTTP_CAUSE = 'HPE_INVALID';
/** An error that carried no usable code. */
const UNKNOWN_CAUSE = 'UNKNOWN';
const ISSUER_NOT_TRUSTED = "the TLS certificate's issuer is not trusted";
const tls = (description) => ({ errorClass: 'tls', description });
const CAUSES = {
    // TLS: the certificate check (OpenSSL's codes) and the host name check (Node's).
    DEPTH_ZERO_SELF_SIGNED_CERT: tls('the TLS certificate is self-signed'),
    SELF_SIGNED_CERT_IN_CHAIN: tls("the TLS certificate's chain ends in an untrusted self-signed certificate"),
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: tls(ISSUER_NOT_TRUSTED),
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: tls(ISSUER_NOT_TRUSTED),
    UNABLE_TO_GET_ISSUER_CERT: tls(ISSUER_NOT_TRUSTED),
    CERT_UNTRUSTED: tls('the TLS certificate is not trusted'),
    CERT_HAS_EXPIRED: tls('the TLS certificate has expired'),
    CERT_NOT_YET_VALID: tls('the TLS certificate is not valid yet'),
    CERT_REVOKED: tls('the TLS certificate has been revoked'),
    CERT_SIGNATURE_FAILURE: tls("the TLS certificate's signature is invalid"),
    ERR_TLS_CERT_ALTNAME_INVALID: tls('the TLS certificate does not match the host name'),
    ERR_SSL_WRONG_VERSION_NUMBER: tls('the TLS handshake failed: the server did not answer in TLS'),
    EPROTO: tls('the TLS handshake failed'),
    // DNS.
    ENOTFOUND: { errorClass: 'dns', description: 'the host name did not resolve' },
    EAI_AGAIN: { errorClass: 'dns', description: 'the DNS lookup failed temporarily' },
    EAI_FAIL: { errorClass: 'dns', description: 'the DNS lookup failed' },
    EAI_NONAME: { errorClass: 'dns', description: 'the host name did not resolve' },
    EAI_NODATA: { errorClass: 'dns', description: 'the host name has no address' },
    // The connection.
    ECONNREFUSED: { errorClass: 'connection_refused', description: 'the connection was refused' },
    ECONNRESET: { errorClass: 'connection_reset', description: 'the connection was reset' },
    ECONNABORTED: { errorClass: 'connection_reset', description: 'the connection was aborted' },
    EPIPE: {
        errorClass: 'connection_reset',
        description: 'the connection closed while the request was written',
    },
    UND_ERR_SOCKET: { errorClass: 'connection_reset', description: 'the server closed the connection' },
    // Time.
    [REQUEST_TIMEOUT_CAUSE]: { errorClass: 'timeout', description: 'the request timed out' },
    UND_ERR_HEADERS_TIMEOUT: {
        errorClass: 'timeout',
        description: 'the response headers did not come in time',
    },
    UND_ERR_BODY_TIMEOUT: { errorClass: 'timeout', description: 'the response body did not come in time' },
    UND_ERR_CONNECT_TIMEOUT: {
        errorClass: 'timeout',
        description: 'the connection could not be opened in time',
    },
    ETIMEDOUT: { errorClass: 'timeout', description: 'the connection timed out' },
    // The response itself.
    [INVALID_HTTP_CAUSE]: { errorClass: 'other', description: 'the response was not valid HTTP' },
    UND_ERR_HEADERS_OVERFLOW: { errorClass: 'other', description: 'the response headers were too large' },
    UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE: {
        errorClass: 'other',
        description: 'the response was larger than allowed',
    },
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: {
        errorClass: 'other',
        description: 'the response body did not match its Content-Length',
    },
    EHOSTUNREACH: { errorClass: 'other', description: 'the host was unreachable' },
    ENETUNREACH: { errorClass: 'other', description: 'the network was unreachable' },
    [UNKNOWN_CAUSE]: { errorClass: 'other', description: 'an error without a code' },
};
/** What an error code looks like; anything else is not kept (it could be text from the wire). */
const CODE_SHAPE = /^[A-Z][A-Z0-9_]{1,63}$/;
/** Whether a code is listed (and so decides the class). */
function isKnownCause(code) {
    return Object.hasOwn(CAUSES, code);
}
/** A code as a cause: itself when it looks like a code, else {@link UNKNOWN_CAUSE}. */
function asCause(code) {
    return CODE_SHAPE.test(code) ? code : UNKNOWN_CAUSE;
}
/** The class and words of a cause; unlisted ones by their prefix (`HPE_`, `ERR_SSL_`, `ERR_TLS_`), else `other`. */
function error_causes_describeCause(cause) {
    if (Object.hasOwn(CAUSES, cause))
        return CAUSES[cause];
    if (cause.startsWith('HPE_'))
        return CAUSES[INVALID_HTTP_CAUSE];
    if (cause.startsWith('ERR_SSL_') || cause.startsWith('ERR_TLS_'))
        return tls('the TLS handshake failed');
    return { errorClass: 'other', description: `an error of no known kind` };
}

;// CONCATENATED MODULE: ./src/metrics/error-cause-counter.ts
/**
 * Failures by cause, for the whole run. Bounded: the first MAX_ERROR_CAUSES distinct
 * causes are counted by name, later ones are summed per error class under
 * OTHER_CAUSES, so a target that fails in endless new ways cannot grow the results.
 * Only failures reach it: a successful request costs nothing here.
 */

/** Distinct causes counted by name in a run. */
const MAX_ERROR_CAUSES = 16;
/** The cause under which failures beyond MAX_ERROR_CAUSES are summed (one row per class). */
const OTHER_CAUSES = 'other causes';
class ErrorCauseCounter {
    named = new Map();
    overflow = new Map();
    add(cause, errorClass) {
        let entry = this.named.get(cause);
        if (entry === undefined) {
            if (this.named.size < MAX_ERROR_CAUSES) {
                entry = { cause, errorClass, count: 0 };
                this.named.set(cause, entry);
            }
            else {
                entry = this.overflow.get(errorClass);
                if (entry === undefined) {
                    entry = { cause: OTHER_CAUSES, errorClass, count: 0 };
                    this.overflow.set(errorClass, entry);
                }
            }
        }
        entry.count++;
    }
    /** Most first; named causes before the overflow rows at equal counts. */
    counts() {
        const row = (entry) => ({
            cause: entry.cause,
            description: entry.cause === OTHER_CAUSES
                ? `causes beyond the first ${MAX_ERROR_CAUSES}`
                : error_causes_describeCause(entry.cause).description,
            errorClass: entry.errorClass,
            count: entry.count,
        });
        // A stable sort: at equal counts, named causes in the order seen, then the overflow rows.
        return [...this.named.values(), ...this.overflow.values()].map(row).sort((a, b) => b.count - a.count);
    }
}

;// CONCATENATED MODULE: ./src/metrics/interval-series.ts
/**
 * The per-second roll-up of the run and of each endpoint: one histogram and two
 * counts per second per scope, so that any statistic of a second (its p95, its mean,
 * its request rate) can be computed again later, from this run or from an earlier
 * run's results.json, and the baseline judge compares both the same way.
 *
 * Nothing is done per request. The endpoints' accumulators already hold whole-run
 * histograms and counts; as each second closes, its share is their growth since the
 * previous close (a copy, a subtraction and an encoding per endpoint, once a second).
 * An endpoint that saw no request in the second costs a comparison of two counts.
 *
 * Memory: one small entry per second per scope (a compressed histogram of one second
 * is a few hundred bytes), plus two histograms per endpoint for the last close.
 */

/** The part of the totals already handed out in earlier seconds. */
class Taken {
    requests = 0;
    failed = 0;
    histogram = new LatencyHistogram();
}
class IntervalRollUp {
    names;
    overall = [];
    perEndpoint;
    taken;
    scratch = new LatencyHistogram();
    constructor(names) {
        this.names = names;
        this.perEndpoint = names.map(() => []);
        this.taken = names.map(() => new Taken());
    }
    /**
     * Closes second `t` (ms long). `histogram`, `requests` and `failed` are the whole
     * run's for that second; the endpoints' shares are read from their totals.
     */
    close(t, ms, overall, totals) {
        this.overall.push(point(t, ms, overall.requests, overall.failed, overall.histogram));
        totals.forEach((total, index) => {
            const taken = this.taken[index];
            this.perEndpoint[index].push(this.share(t, ms, total, taken));
        });
    }
    /**
     * Folds the run's last, short second into the second before it (the time series
     * does the same), so no point covers too little time to judge. `overall` gives the
     * short second's counts, and the histogram of both seconds together.
     */
    foldLast(ms, overall, totals) {
        const last = this.overall[this.overall.length - 1];
        if (last === undefined)
            return;
        this.overall[this.overall.length - 1] = point(last.t, last.ms + ms, last.requests + overall.requests, last.failed + overall.failed, overall.histogram);
        totals.forEach((total, index) => {
            const points = this.perEndpoint[index];
            const previous = points[points.length - 1];
            const share = this.share(previous.t, ms, total, this.taken[index]);
            points[points.length - 1] = merge(previous, share);
        });
    }
    /** The closed seconds so far. The points are never changed once handed out. */
    series() {
        return {
            overall: [...this.overall],
            endpoints: this.names.map((name, index) => ({ name, points: [...this.perEndpoint[index]] })),
        };
    }
    /** What `total` grew by since the last close; the taken part moves up to it. */
    share(t, ms, total, taken) {
        const requests = total.requests - taken.requests;
        const failed = total.failed - taken.failed;
        if (requests === 0 && total.histogram.count === taken.histogram.count)
            return point(t, ms, 0, 0);
        const second = this.scratch;
        second.copyFrom(total.histogram);
        second.subtract(taken.histogram);
        taken.histogram.copyFrom(total.histogram);
        taken.requests = total.requests;
        taken.failed = total.failed;
        return point(t, ms, requests, failed, second);
    }
}
function point(t, ms, requests, failed, histogram) {
    const encoded = histogram && histogram.count > 0 ? histogram.encode() : '';
    return { t, ms: Math.round(ms), requests, failed, histogram: encoded };
}
/** Two consecutive points of one scope as one (done once, at the end of the run). */
function merge(a, b) {
    let histogram = a.histogram || b.histogram;
    if (a.histogram !== '' && b.histogram !== '') {
        const sum = LatencyHistogram.decode(a.histogram);
        sum.add(LatencyHistogram.decode(b.histogram));
        histogram = sum.encode();
    }
    return {
        t: a.t,
        ms: a.ms + b.ms,
        requests: a.requests + b.requests,
        failed: a.failed + b.failed,
        histogram,
    };
}

;// CONCATENATED MODULE: ./src/metrics/metrics-recorder.ts
/**
 * The one place requests are recorded. The engine reports every completed request
 * with {@link MetricsRecorder.record}; the recorder keeps, per endpoint, counters and
 * an HDR latency histogram, plus one point per second for the time series, and turns
 * them into {@link RunMeasurements} at the end.
 *
 * Memory is bounded whatever the length of the run: fixed-size histograms and
 * counters, and one small point per elapsed second (the time series, and the
 * per-second histograms of interval-series.ts). Nothing is kept per request.
 *
 * Time: `now()` is a monotonic clock in milliseconds (performance.now by default);
 * second `k` of the time series covers [start + (k-1)·1000, start + k·1000).
 */





/** A trailing partial second shorter than this is folded into the previous point. */
const MIN_TRAILING_BUCKET_MS = 500;
class MetricsRecorder {
    endpointInfo;
    perEndpoint;
    causes = new ErrorCauseCounter();
    now;
    wallClock;
    plannedMs;
    startMs = 0;
    startedAtEpoch = 0;
    finishMs = null;
    finishedAtEpoch = 0;
    stoppedEarly;
    // Whole-run totals kept apart for the progress view.
    totalRequests = 0;
    totalErrors = 0;
    // VUs.
    vus = 0;
    maxVus = 0;
    // Time series: the open second and the last closed one (kept to fold a short trailing bucket into it).
    points = [];
    bucketIndex = 0;
    bucketEndMs = Number.POSITIVE_INFINITY;
    bucketRequests = 0;
    bucketErrors = 0;
    bucketVus = 0;
    bucketHistogram = new LatencyHistogram();
    previousBucketHistogram = new LatencyHistogram();
    rollUp;
    // Progress window: closed seconds since the last sample, minus what of the open second was already reported.
    windowHistogram = new LatencyHistogram();
    reportedOfBucket = new LatencyHistogram();
    scratch = new LatencyHistogram();
    lastProgressMs = 0;
    lastProgressRequests = 0;
    lastProgressErrors = 0;
    constructor(endpoints, options = {}) {
        if (endpoints.length === 0)
            throw new Error('MetricsRecorder needs at least one endpoint');
        this.endpointInfo = endpoints.map(({ name, method, path }) => ({ name, method, path }));
        this.perEndpoint = endpoints.map(() => new EndpointAccumulator());
        this.rollUp = new IntervalRollUp(this.endpointInfo.map((endpoint) => endpoint.name));
        this.now = options.now ?? (() => performance.now());
        this.wallClock = options.wallClock ?? Date.now;
        this.plannedMs = options.plannedMs ?? 0;
    }
    /** Marks the start of the load (t = 0). Call once, before the first request. */
    start() {
        this.startMs = this.now();
        this.startedAtEpoch = this.wallClock();
        this.bucketEndMs = this.startMs + 1000;
        this.lastProgressMs = this.startMs;
    }
    /**
     * Records one completed request.
     * @param endpointIndex index of the endpoint in the list given to the constructor
     * @param latencyUs time from just before sending to the end of the response (or the failure), µs
     * @param outcome how it ended
     * @param endMs when it ended on the `now()` clock; read from the clock when omitted
     */
    record(endpointIndex, latencyUs, outcome, endMs) {
        const at = endMs ?? this.now();
        if (at >= this.bucketEndMs)
            this.closeBucketsUntil(at);
        const acc = this.perEndpoint[endpointIndex];
        if (acc === undefined)
            throw new RangeError(`no endpoint ${endpointIndex}`);
        acc.requests++;
        this.totalRequests++;
        this.bucketRequests++;
        acc.bytesSent += outcome.bytesSent;
        acc.bytesReceived += outcome.bytesReceived;
        const status = outcome.status;
        if (status > 0 && status < STATUS_SLOTS)
            acc.statusCounts[status]++;
        if (outcome.ok) {
            acc.succeeded++;
        }
        else {
            acc.failed++;
            this.totalErrors++;
            this.bucketErrors++;
            const errorClass = outcome.errorClass ?? 'other';
            acc.errorCounts[ERROR_INDEX[errorClass]]++;
            if (status === 0 && outcome.errorCause)
                this.causes.add(outcome.errorCause, errorClass);
        }
        if (outcome.sent) {
            acc.histogram.recordMicros(latencyUs);
            this.bucketHistogram.recordMicros(latencyUs);
        }
    }
    /** The number of active VUs changed (at `nowMs`, read from the clock when omitted). */
    setVus(vus, nowMs = this.now()) {
        if (nowMs >= this.bucketEndMs)
            this.closeBucketsUntil(nowMs);
        this.vus = vus;
        if (vus > this.maxVus)
            this.maxVus = vus;
        if (vus > this.bucketVus)
            this.bucketVus = vus;
    }
    /** Closes the seconds that have ended; call regularly (e.g. every 100 ms) so idle seconds are closed too. */
    tick(nowMs = this.now()) {
        if (nowMs >= this.bucketEndMs)
            this.closeBucketsUntil(nowMs);
    }
    /** Figures since the previous call (or the start), for a log line. */
    progress(nowMs = this.now()) {
        this.tick(nowMs);
        const intervalMs = Math.max(0, nowMs - this.lastProgressMs);
        const requests = this.totalRequests - this.lastProgressRequests;
        const errors = this.totalErrors - this.lastProgressErrors;
        const interval = this.scratch;
        interval.copyFrom(this.windowHistogram);
        interval.add(this.bucketHistogram);
        interval.subtract(this.reportedOfBucket);
        const p95Ms = interval.count > 0 ? interval.percentileMs(95) : null;
        this.windowHistogram.reset();
        this.reportedOfBucket.copyFrom(this.bucketHistogram);
        this.lastProgressMs = nowMs;
        this.lastProgressRequests = this.totalRequests;
        this.lastProgressErrors = this.totalErrors;
        return {
            elapsedMs: Math.round(nowMs - this.startMs),
            plannedMs: this.plannedMs,
            vus: this.vus,
            requests: this.totalRequests,
            errors: this.totalErrors,
            intervalMs: Math.round(intervalMs),
            rps: intervalMs > 0 ? Math.round((requests * 1000 * 10) / intervalMs) / 10 : 0,
            p95Ms,
            errorPercent: requests > 0 ? Math.round((errors * 100 * 100) / requests) / 100 : 0,
        };
    }
    /** Marks the end of the load. `stoppedEarly` says why it ended before the planned end, if it did. */
    finish(stoppedEarly) {
        if (this.finishMs !== null)
            return;
        const at = this.now();
        this.closeBucketsUntil(at);
        this.finishMs = at;
        this.finishedAtEpoch = this.wallClock();
        if (stoppedEarly !== undefined)
            this.stoppedEarly = stoppedEarly;
        this.closeTrailingBucket(at);
    }
    /** The measurements so far; after {@link finish}, the final ones. */
    snapshot() {
        const endMs = this.finishMs ?? this.now();
        const durationMs = Math.max(0, endMs - this.startMs);
        const total = new EndpointAccumulator();
        for (const acc of this.perEndpoint)
            acc.addTo(total);
        const endpoints = this.perEndpoint.map((acc, index) => {
            const info = this.endpointInfo[index];
            return { name: info.name, method: info.method, path: info.path, ...acc.toStats(durationMs) };
        });
        const timeSeries = this.points.map((point) => ({ ...point }));
        if (this.finishMs === null && this.bucketRequests + this.bucketHistogram.count > 0) {
            // A live snapshot shows the open second as it is so far.
            timeSeries.push(this.bucketPoint(this.bucketIndex + 1, this.bucketHistogram));
        }
        return {
            startedAt: new Date(this.startedAtEpoch).toISOString(),
            finishedAt: new Date(this.finishMs === null ? this.wallClock() : this.finishedAtEpoch).toISOString(),
            durationMs: Math.round(durationMs),
            maxVusReached: this.maxVus,
            overall: total.toStats(durationMs),
            endpoints,
            timeSeries,
            // A live snapshot holds the closed seconds only.
            intervals: this.rollUp.series(),
            errorCauses: this.causes.counts(),
            ...(this.stoppedEarly !== undefined ? { stoppedEarly: this.stoppedEarly } : {}),
        };
    }
    bucketPoint(t, histogram) {
        return {
            t,
            vus: this.bucketVus,
            requests: this.bucketRequests,
            errors: this.bucketErrors,
            p50: histogram.percentileMs(50),
            p95: histogram.percentileMs(95),
            p99: histogram.percentileMs(99),
        };
    }
    /** The open second's counts, with `histogram` as its latencies. */
    openBucket(histogram) {
        return { histogram, requests: this.bucketRequests, failed: this.bucketErrors };
    }
    /** Closes every second that ends at or before `at`, idle ones included. */
    closeBucketsUntil(at) {
        while (at >= this.bucketEndMs) {
            this.bucketIndex++;
            this.points.push(this.bucketPoint(this.bucketIndex, this.bucketHistogram));
            this.rollUp.close(this.bucketIndex, 1000, this.openBucket(this.bucketHistogram), this.perEndpoint);
            this.windowHistogram.add(this.bucketHistogram);
            if (this.reportedOfBucket.count > 0) {
                this.windowHistogram.subtract(this.reportedOfBucket);
                this.reportedOfBucket.reset();
            }
            // The closed second's histogram is kept until the next one closes.
            const closed = this.bucketHistogram;
            this.bucketHistogram = this.previousBucketHistogram;
            this.bucketHistogram.reset();
            this.previousBucketHistogram = closed;
            this.bucketRequests = 0;
            this.bucketErrors = 0;
            this.bucketVus = this.vus;
            this.bucketEndMs += 1000;
        }
    }
    /** The last, partial second: its own point, or folded into the previous one when short. */
    closeTrailingBucket(at) {
        const bucketStartMs = this.bucketEndMs - 1000;
        const lengthMs = at - bucketStartMs;
        const hasData = this.bucketRequests > 0 || this.bucketHistogram.count > 0;
        const previous = this.points[this.points.length - 1];
        if (previous && lengthMs < MIN_TRAILING_BUCKET_MS) {
            if (!hasData)
                return;
            const merged = this.previousBucketHistogram;
            merged.add(this.bucketHistogram);
            previous.requests += this.bucketRequests;
            previous.errors += this.bucketErrors;
            previous.vus = Math.max(previous.vus, this.bucketVus);
            previous.p50 = merged.percentileMs(50);
            previous.p95 = merged.percentileMs(95);
            previous.p99 = merged.percentileMs(99);
            this.rollUp.foldLast(lengthMs, this.openBucket(merged), this.perEndpoint);
        }
        else if (lengthMs > 0 || hasData) {
            this.points.push(this.bucketPoint(this.bucketIndex + 1, this.bucketHistogram));
            this.rollUp.close(this.bucketIndex + 1, lengthMs, this.openBucket(this.bucketHistogram), this.perEndpoint);
        }
        this.bucketRequests = 0;
        this.bucketErrors = 0;
        this.bucketHistogram.reset();
    }
}

;// CONCATENATED MODULE: ./src/slo/measure-threshold.ts
/**
 * The value of a threshold's statistic over a run's measurements (the whole run, or
 * the endpoint its tag selects), or a note saying why there is nothing to judge.
 *
 * Percentiles come from the recorded HDR histograms (each decoded at most once per
 * evaluation, see `HistogramCache`), so any p(N) is exact to the histogram's 3
 * significant digits.
 */


/** Decoded histograms of one evaluation, by their encoded text. */
class HistogramCache {
    decoded = new Map();
    get(encoded) {
        let histogram = this.decoded.get(encoded);
        if (histogram === undefined) {
            try {
                histogram = encoded === '' ? null : (0,hdr_histogram_js_dist/* decodeFromCompressedBase64 */.Vc)(encoded, 32, false);
            }
            catch {
                histogram = null;
            }
            this.decoded.set(encoded, histogram);
        }
        return histogram;
    }
}
function scopeOf(threshold, m) {
    const unsupported = Object.keys(threshold.tags).filter((key) => key !== 'endpoint');
    if (unsupported.length > 0) {
        return {
            note: `the tag ${unsupported.map((k) => `"${k}"`).join(', ')} is not recorded, so nothing can be judged`,
        };
    }
    const endpoint = threshold.tags.endpoint;
    if (endpoint === undefined)
        return { stats: m.overall, label: 'the run' };
    const stats = m.endpoints.find((e) => e.name === endpoint);
    return stats
        ? { stats, label: `endpoint "${endpoint}"` }
        : { note: `no endpoint named "${endpoint}" was measured, so there is nothing to judge` };
}
function measureThreshold(threshold, m, histograms) {
    const metric = findMetric(threshold.metric);
    if (!metric)
        return { note: `the metric ${threshold.metric} is not recorded, so there is nothing to judge` };
    if (!metric.aggregations.includes(threshold.aggregation)) {
        return { note: `${threshold.metric} has no aggregation "${threshold.aggregation}"` };
    }
    if (metric.measureRun) {
        const value = metric.measureRun(m, threshold.tags, threshold.aggregation);
        return typeof value === 'number' ? { value } : value;
    }
    const scope = scopeOf(threshold, m);
    if ('note' in scope)
        return scope;
    const { stats, label } = scope;
    if (stats.requests === 0)
        return { note: `no requests completed for ${label}, so there is nothing to judge` };
    let unreadable = false;
    const metricScope = {
        run: m,
        stats,
        percentileMs(percentile) {
            const histogram = histograms.get(stats.histogram);
            if (histogram === null) {
                unreadable = true;
                return null;
            }
            if (histogram.totalCount === 0)
                return null;
            return Math.round(histogram.getValueAtPercentile(percentile)) / 1000;
        },
    };
    const value = metric.measure(metricScope, threshold.aggregation, threshold.percentile);
    if (value !== null && Number.isFinite(value))
        return { value };
    if (unreadable)
        return { note: `the latency histogram of ${label} could not be read` };
    if (metric.kind === 'trend')
        return { note: `no request of ${label} got far enough to measure a latency` };
    return { note: `${threshold.metric} has no value for ${label}` };
}

;// CONCATENATED MODULE: ./src/slo/point-judge.ts
/**
 * A figure held to a limit: the comparison of k6's operators (equality up to float
 * noise) and the marginal band on the failing side of the limit.
 */


/** Relative tolerance for equality: values this close count as equal (float noise, not measurement). */
const RELATIVE_TOLERANCE = 1e-9;
/** Whether two measured values are equal up to float noise. */
function nearlyEqual(a, b) {
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
/** Whether `actual operator limit` holds; the equal part of <=, >=, == and != uses `nearlyEqual`. */
function compare(actual, operator, limit) {
    const equal = nearlyEqual(actual, limit);
    switch (operator) {
        case '<':
            return actual < limit && !equal;
        case '<=':
            return actual < limit || equal;
        case '>':
            return actual > limit && !equal;
        case '>=':
            return actual > limit || equal;
        case '==':
            return equal;
        case '!=':
            return !equal;
    }
}
/**
 * Pass when the condition holds; otherwise marginal when the value lies within the
 * band (up to and including the marginal limit), else fail.
 */
function judge(actual, threshold) {
    const { operator, limit, marginalLimit } = threshold;
    if (compare(actual, operator, limit))
        return 'pass';
    if (marginalLimit === undefined)
        return 'fail';
    if (operator === '<' || operator === '<=')
        return compare(actual, '<=', marginalLimit) ? 'marginal' : 'fail';
    if (operator === '>' || operator === '>=')
        return compare(actual, '>=', marginalLimit) ? 'marginal' : 'fail';
    return 'fail';
}
/** Where a value stood against the band, for marginal and failed results: `within the marginal band (250 ms to 300 ms)`. */
function bandNote(threshold, status, limit = threshold.limit, marginalLimit = threshold.marginalLimit) {
    if (marginalLimit === undefined || (status !== 'marginal' && status !== 'fail'))
        return undefined;
    const unit = thresholdValueUnit(threshold);
    const low = formatQuantity(unit, limit);
    const high = formatQuantity(unit, marginalLimit);
    const below = threshold.operator === '<' || threshold.operator === '<=';
    const band = below ? `${low} to ${high}` : `${high} to ${low}`;
    return status === 'marginal' ? `within the marginal band (${band})` : `beyond the marginal band (${band})`;
}
/**
 * The value of a lower bound (`at least value`) against a threshold: the status when it
 * is the same for every value from the bound up, else inconclusive. Used for a
 * breakpoint capacity that never broke: `value>=500` passes at "at least 640", while
 * `value<1000` cannot be decided.
 */
function judgeLowerBound(bound, threshold) {
    const { operator, limit } = threshold;
    // == and != switch as the value crosses the limit: decidable only when the limit lies below the bound.
    if ((operator === '==' || operator === '!=') && !(limit < bound))
        return 'inconclusive';
    const atBound = judge(bound, threshold);
    // <, <=, >, >= are monotone: the far end of [bound, ∞) is judged like any value above every limit.
    const farEnd = judge(Number.MAX_VALUE, threshold);
    return atBound === farEnd ? atBound : 'inconclusive';
}

;// CONCATENATED MODULE: ./src/metrics/interval-statistics.ts
/**
 * Statistics of each second, read back from the per-second series
 * (interval-series.ts): the series of per-second p95s, means or request rates that
 * the baseline judge compares. Each histogram is decoded once, read and dropped, so a
 * long run costs time, not memory.
 */

/** The per-second points of the whole run, or of one endpoint; undefined when the run kept none. */
function intervalPoints(m, endpoint) {
    const series = m.intervals;
    if (series === undefined)
        return undefined;
    if (endpoint === undefined)
        return series.overall;
    return series.endpoints.find((entry) => entry.name === endpoint)?.points;
}
/**
 * The statistic of each second that measured a latency, ms. Seconds without one are
 * left out (they say nothing about latency); an unreadable histogram is left out too.
 */
function intervalLatencies(points, statistic) {
    const values = [];
    for (const point of points) {
        if (point.histogram === '')
            continue;
        let histogram;
        try {
            histogram = LatencyHistogram.decode(point.histogram);
        }
        catch {
            continue;
        }
        if (histogram.count === 0)
            continue;
        values.push(readStatistic(histogram, statistic));
    }
    return values;
}
function readStatistic(histogram, statistic) {
    switch (statistic.kind) {
        case 'percentile':
            return histogram.percentileMs(statistic.percentile);
        case 'avg':
            return histogram.summary().mean;
        case 'min':
            return histogram.summary().min;
        case 'max':
            return histogram.percentileMs(100);
    }
}
/** Requests per second of each second, idle seconds included (a second with no request is a rate of 0). */
function intervalRequestRates(points) {
    return points.filter((point) => point.ms > 0).map((point) => (point.requests * 1000) / point.ms);
}

;// CONCATENATED MODULE: ./src/slo/relative-thresholds.ts
/**
 * A relative threshold (`p(95) < baseline * 1.10`, `rate < baseline + 1%`) judged
 * against the baseline's measurements, two ways:
 *
 * - **The point**: the canary's value of the statistic against the bound the
 *   baseline's value sets (`baseline value * k`, `+ d`), exactly as an absolute
 *   threshold is judged against its limit.
 * - **The judge** (compare/relative-judge.ts), for the statistics that have a
 *   distribution to compare: latency statistics (each second's p95, mean, …, from the
 *   per-second histograms), `http_req_failed` rates (the counts, two-proportion
 *   comparison) and `http_reqs` rates (each second's request rate). Other metrics
 *   (bytes, checks, counts) are judged on the point alone.
 *
 * How the two combine, when there is a judgement:
 *
 * | judge \ point | pass         | marginal     | fail         |
 * | ------------- | ------------ | ------------ | ------------ |
 * | pass          | pass         | inconclusive | inconclusive |
 * | marginal      | marginal     | marginal     | marginal     |
 * | fail          | fail         | fail         | fail         |
 * | inconclusive  | inconclusive | inconclusive | inconclusive |
 *
 * The judge decides, and the point can only withhold a pass. The judge compares the
 * typical second of each run, so a few disturbed seconds (a stall of the machine, a
 * garbage collection) barely move it, while they can move the run's pooled p95 a lot:
 * the pooled value cannot overrule a significant shift, nor clear one. But when the
 * seconds are unchanged and the run's own value is still beyond the bound (a burst of
 * slow seconds that lifts the p95), a pass would hide it: the threshold is
 * inconclusive, never a silent pass.
 *
 * No baseline (none configured or loaded, or `BaselineData.missing`), or a baseline
 * without a value for this statistic (an endpoint it did not measure): the threshold
 * has no data and fails with the reason, unless `baseline-missing: pass`, which
 * passes it with a note saying so. A canary without a value fails, as always.
 */







const DEFAULT_CONFIDENCE = 0.95;
function baselineUse(judging) {
    const { baseline } = judging;
    return {
        origin: baseline?.origin ?? null,
        missing: baseline === undefined ? NO_BASELINE : 'missing' in baseline ? baseline.missing : null,
        onMissing: judging.missing ?? 'fail',
        confidence: judging.confidence ?? DEFAULT_CONFIDENCE,
    };
}
const NO_BASELINE = 'no baseline was measured or loaded';
/** The combination table of the module header. */
function combineStatuses(point, judged) {
    if (judged === 'pass' && point !== 'pass')
        return 'inconclusive';
    return judged;
}
function applyBound(value, bound) {
    return bound.form === 'ratio' ? value * bound.factor : value + bound.delta;
}
const EMPTY_COMPARISON = {
    baseline: null,
    limit: null,
    marginalLimit: null,
    change: null,
    pointStatus: null,
    judge: null,
};
function evaluateRelativeThreshold(threshold, canary, judging, histograms = new HistogramCache()) {
    const relative = threshold.relative;
    const measured = measureThreshold(threshold, canary, histograms);
    if ('note' in measured) {
        return { threshold, actual: null, status: 'fail', note: measured.note, comparison: EMPTY_COMPARISON };
    }
    const actual = measured.value;
    const { baseline } = judging;
    if (baseline === undefined || 'missing' in baseline) {
        return noBaseline(threshold, actual, judging, baseline === undefined ? NO_BASELINE : baseline.missing);
    }
    const reference = measureThreshold(threshold, baseline.measurements, histograms);
    if ('note' in reference)
        return noBaseline(threshold, actual, judging, `in the baseline, ${reference.note}`);
    const limit = applyBound(reference.value, relative.tolerance);
    const marginalLimit = relative.marginal ? applyBound(reference.value, relative.marginal) : undefined;
    const pointStatus = judge(actual, {
        operator: threshold.operator,
        limit,
        ...(marginalLimit !== undefined ? { marginalLimit } : {}),
    });
    const data = comparisonData(threshold, canary, baseline.measurements);
    const judgement = data === undefined
        ? undefined
        : judgeRelativeThreshold({
            data,
            operator: threshold.operator,
            tolerance: relative.tolerance,
            ...(relative.marginal ? { marginal: relative.marginal } : {}),
            confidence: judging.confidence ?? DEFAULT_CONFIDENCE,
            ...(data.kind === 'proportion' ? {} : { unit: unitLabel(threshold) }),
        });
    const status = judgement ? combineStatuses(pointStatus, judgement.status) : pointStatus;
    const comparison = {
        baseline: reference.value,
        limit,
        marginalLimit: marginalLimit ?? null,
        change: reference.value > 0 ? actual / reference.value - 1 : null,
        pointStatus,
        judge: judgement ? judgeRecord(judgement) : null,
    };
    const note = relativeNote(threshold, actual, comparison, status, judgement, data === undefined);
    return { threshold, actual, status, note, comparison };
}
function noBaseline(threshold, actual, judging, reason) {
    const passes = judging.missing === 'pass';
    const note = passes
        ? `not compared, ${reason}; passed because baseline-missing is pass`
        : `nothing to compare with: ${reason}`;
    return { threshold, actual, status: passes ? 'pass' : 'fail', note, comparison: EMPTY_COMPARISON };
}
/** The two samples the judge compares, or undefined when the statistic is judged on the point alone. */
function comparisonData(threshold, canary, baseline) {
    const metric = findMetric(threshold.metric);
    const endpoint = threshold.tags.endpoint;
    if (metric?.name === 'http_req_failed') {
        const sides = [scopeOf(threshold, canary), scopeOf(threshold, baseline)];
        const [c, b] = sides.map((scope) => 'note' in scope ? undefined : { events: scope.stats.failed, trials: scope.stats.requests });
        return c && b ? { kind: 'proportion', canary: c, baseline: b } : undefined;
    }
    const canaryPoints = intervalPoints(canary, endpoint);
    const baselinePoints = intervalPoints(baseline, endpoint);
    if (canaryPoints === undefined || baselinePoints === undefined)
        return undefined;
    if (metric?.kind === 'trend') {
        const statistic = latencyStatistic(threshold);
        return {
            kind: 'latency',
            canary: intervalLatencies(canaryPoints, statistic),
            baseline: intervalLatencies(baselinePoints, statistic),
        };
    }
    if (metric?.name === 'http_reqs' && threshold.aggregation === 'rate') {
        return {
            kind: 'rate',
            canary: intervalRequestRates(canaryPoints),
            baseline: intervalRequestRates(baselinePoints),
        };
    }
    return undefined;
}
function latencyStatistic(threshold) {
    switch (threshold.aggregation) {
        case 'p':
            return { kind: 'percentile', percentile: threshold.percentile ?? 50 };
        case 'med':
            return { kind: 'percentile', percentile: 50 };
        case 'min':
        case 'max':
        case 'avg':
            return { kind: threshold.aggregation };
        default:
            return { kind: 'avg' };
    }
}
function unitLabel(threshold) {
    return { ms: 'ms', ratio: '', count: '', per_second: 'req/s', bytes: 'B', bytes_per_second: 'B/s' }[thresholdValueUnit(threshold)];
}
/** One line: the two values and the bound, then the judge's reading and why the status is what it is. */
function relativeNote(threshold, actual, c, status, judgement, pointOnly) {
    const unit = thresholdValueUnit(threshold);
    const f = (v) => formatQuantity(unit, v);
    const change = c.change === null ? '' : ` (${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)} %)`;
    const parts = [
        `canary ${f(actual)} against the baseline's ${f(c.baseline)}${change}, limit ${f(c.limit)}`,
    ];
    const band = bandNote(threshold, c.pointStatus, c.limit, c.marginalLimit ?? undefined);
    if (band)
        parts.push(band);
    if (judgement)
        parts.push(`per ${judgement.method === 'two-proportion score' ? 'request' : 'second'}: ${judgement.explanation}`);
    else if (pointOnly && judgedKinds(threshold))
        parts.push('judged on the values alone: a run holds no per-second data');
    if (judgement && status === 'inconclusive' && judgement.status === 'pass') {
        parts.push(`its seconds are unchanged but the run's value is beyond the limit: a burst of slow seconds, not judged a pass`);
    }
    return parts.join('; ');
}
/** Whether the metric has a distribution to judge when the per-second data are there. */
function judgedKinds(threshold) {
    const metric = findMetric(threshold.metric);
    return metric?.kind === 'trend' || (metric?.name === 'http_reqs' && threshold.aggregation === 'rate');
}

;// CONCATENATED MODULE: ./src/slo/evaluate-thresholds.ts






/**
 * Worst status decides: any fail → fail, else any inconclusive → inconclusive (a
 * comparison that could not tell is never a silent pass), else any marginal →
 * marginal, else pass (also with no thresholds). A definite fail outranks an
 * inconclusive comparison: the other thresholds' data are sound.
 */
function verdictOf(results) {
    if (results.some((r) => r.status === 'fail'))
        return 'fail';
    if (results.some((r) => r.status === 'inconclusive'))
        return 'inconclusive';
    if (results.some((r) => r.status === 'marginal'))
        return 'marginal';
    return 'pass';
}
/**
 * Judges each threshold against the measurements; the verdict is the worst status.
 * `judging` gives the baseline for relative thresholds (none: they have no data).
 */
function evaluateThresholds(thresholds, m, judging = {}) {
    const histograms = new HistogramCache();
    const results = thresholds.map((threshold) => {
        if (threshold.relative)
            return evaluateRelativeThreshold(threshold, m, judging, histograms);
        const measured = measureThreshold(threshold, m, histograms);
        if ('note' in measured)
            return { threshold, actual: null, status: 'fail', note: measured.note };
        const status = measured.atLeast
            ? judgeLowerBound(measured.value, threshold)
            : judge(measured.value, threshold);
        const note = status === 'inconclusive'
            ? `only a lower bound is known (at least ${formatQuantity(thresholdValueUnit(threshold), measured.value)}), which cannot decide ${threshold.operator}${formatQuantity(thresholdValueUnit(threshold), threshold.limit)}`
            : bandNote(threshold, status);
        return { threshold, actual: measured.value, status, ...(note ? { note } : {}) };
    });
    const evaluation = { verdict: verdictOf(results), results, reasons: [] };
    if (thresholds.some((threshold) => threshold.relative))
        evaluation.baseline = baselineUse(judging);
    return evaluation;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/engine/http/classify-outcome.ts
/** How an exchange ended, as an error class: from the status code, or from the transport error's cause. */

/**
 * What a status code means for an endpoint: null for success, else the error class.
 * Success is a status listed in `expectStatus`, or 200–399 when the list is empty.
 * Other statuses are `http_4xx`, `http_5xx`, or `unexpected_status` (e.g. a 302 when only 200 was expected).
 */
function classifyStatus(status, expectStatus) {
    const ok = expectStatus.length === 0 ? status >= 200 && status <= 399 : expectStatus.includes(status);
    if (ok)
        return null;
    if (status >= 400 && status <= 499)
        return 'http_4xx';
    if (status >= 500 && status <= 599)
        return 'http_5xx';
    return 'unexpected_status';
}
/**
 * The cause of a transport failure: the first listed code on the error, its `cause`
 * or its first `errors` entry (an AggregateError from a dual-stack connect), else the
 * first code-shaped one, else INVALID_HTTP_CAUSE for llhttp's errors (which undici 8
 * leaves without a code), else UNKNOWN_CAUSE. Called on failures only.
 */
function errorCause(error) {
    let fallback;
    let current = error;
    for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
        const { code, cause, errors, name } = current;
        if (typeof code === 'string') {
            if (isKnownCause(code))
                return code;
            fallback ??= asCause(code);
        }
        else if (name === 'HTTPParserError') {
            fallback ??= INVALID_HTTP_CAUSE;
        }
        current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
    }
    return fallback ?? UNKNOWN_CAUSE;
}
/** The error class of a transport failure, from its cause. */
function classifyError(error) {
    return describeCause(errorCause(error)).errorClass;
}
/** undici refused to build the request (e.g. an invalid header value): a setup error, not a measurement. */
function isInvalidArgument(error) {
    return error?.code === 'UND_ERR_INVALID_ARG';
}

;// CONCATENATED MODULE: ./src/engine/traffic/endpoint-picker.ts
/**
 * Weighted choice of the next endpoint: cumulative weights and a binary search,
 * O(log n) per pick with no allocation. The random source is injectable for tests.
 */
class EndpointPicker {
    cumulative;
    total;
    random;
    /**
     * @param weights one weight per endpoint; each must be a finite number ≥ 0 and at least one > 0
     * @param random source of uniform numbers in [0, 1)
     */
    constructor(weights, random = Math.random) {
        if (weights.length === 0)
            throw new RangeError('EndpointPicker needs at least one weight');
        this.cumulative = new Float64Array(weights.length);
        let sum = 0;
        weights.forEach((weight, index) => {
            if (!Number.isFinite(weight) || weight < 0) {
                throw new RangeError(`weight ${index} is ${weight}; expected a finite number ≥ 0`);
            }
            sum += weight;
            this.cumulative[index] = sum;
        });
        if (sum <= 0)
            throw new RangeError('EndpointPicker needs at least one weight above 0');
        this.total = sum;
        this.random = random;
    }
    /** Index of the next endpoint. */
    next() {
        return this.cumulative.length === 1 ? 0 : this.indexAt(this.random());
    }
    /** The endpoint a given uniform number in [0, 1) chooses (twins choose alike from the same number). */
    indexAt(uniform) {
        const cumulative = this.cumulative;
        const last = cumulative.length - 1;
        if (last === 0)
            return 0;
        const point = uniform * this.total;
        // The first index whose cumulative weight is above `point` (zero-weight entries are never chosen).
        let low = 0;
        let high = last;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (cumulative[mid] > point)
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/arrival-schedule.ts
class ArrivalSchedule {
    segments = [];
    /** Planned length, ms. */
    durationMs;
    /** Requests due over the whole schedule (fractional). */
    total;
    cursor = 0;
    constructor(stages) {
        let startMs = 0;
        let from = 0;
        let before = 0;
        for (const stage of stages) {
            const endMs = startMs + stage.durationMs;
            const count = ((from + stage.target) / 2) * (stage.durationMs / 1000);
            if (stage.durationMs > 0) {
                this.segments.push({ startMs, endMs, fromRate: from, toRate: stage.target, before, count });
            }
            before += count;
            from = stage.target;
            startMs = endMs;
        }
        this.durationMs = startMs;
        this.total = before;
    }
    /** The rate the stages ask for at `elapsedMs`, per second. */
    rateAt(elapsedMs) {
        for (const segment of this.segments) {
            if (elapsedMs < segment.endMs) {
                const progress = Math.max(0, elapsedMs - segment.startMs) / (segment.endMs - segment.startMs);
                return segment.fromRate + (segment.toRate - segment.fromRate) * progress;
            }
        }
        return 0;
    }
    /** Requests due in [0, elapsedMs) (fractional). */
    dueBy(elapsedMs) {
        for (const segment of this.segments) {
            if (elapsedMs < segment.endMs) {
                const tau = Math.max(0, elapsedMs - segment.startMs) / 1000;
                const span = (segment.endMs - segment.startMs) / 1000;
                const slope = (segment.toRate - segment.fromRate) / span;
                return segment.before + segment.fromRate * tau + (slope * tau * tau) / 2;
            }
        }
        return this.total;
    }
    /**
     * When request `n` (0-based) is due, ms since the start; Infinity when the schedule
     * ends before it. Fastest when called with increasing `n`.
     */
    timeOf(n) {
        const segments = this.segments;
        if (segments.length === 0 || n >= this.total)
            return Number.POSITIVE_INFINITY;
        let i = this.cursor;
        if (i >= segments.length || segments[i].before > n)
            i = 0;
        while (i < segments.length - 1 && n >= segments[i].before + segments[i].count)
            i++;
        this.cursor = i;
        const segment = segments[i];
        const x = n - segment.before;
        if (x <= 0)
            return segment.startMs;
        const span = (segment.endMs - segment.startMs) / 1000;
        const a = (segment.toRate - segment.fromRate) / span / 2;
        const b = segment.fromRate;
        // a·τ² + b·τ = x, in the form that stays exact when a or b is 0.
        const tau = (2 * x) / (b + Math.sqrt(Math.max(0, b * b + 4 * a * x)));
        return Math.min(segment.endMs, segment.startMs + tau * 1000);
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/run-monitor.ts
/**
 * Watches a run once a second, for both executors: the load generator's own health
 * (event-loop lag, CPU, resident memory) and the caller's live checks (`abortOnFail`
 * thresholds, the breakpoint steps), which may stop the load.
 *
 * A generator that lags or runs out of CPU sends late and reads its clock late, so its
 * figures say more about itself than about the target: those runs are inconclusive
 * (see slo/self-check.ts). The figures here are what that decision is made from.
 */

const SAMPLE_INTERVAL_MS = 1000;
/** The event-loop delay sampler's period, ms; its readings include it, so it is taken off. */
const LAG_RESOLUTION_MS = 10;
class RunMonitor {
    checks;
    snapshot;
    stop;
    lag = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: LAG_RESOLUTION_MS });
    timer;
    startMs = 0;
    cpuStart = { user: 0, system: 0 };
    peakRss = 0;
    rssSamples = [];
    stopped = false;
    constructor(checks, snapshot, stop) {
        this.checks = checks;
        this.snapshot = snapshot;
        this.stop = stop;
    }
    start() {
        this.startMs = external_node_perf_hooks_.performance.now();
        this.cpuStart = process.cpuUsage();
        this.lag.enable();
        this.sampleMemory(0);
        this.timer = setInterval(() => this.everySecond(), SAMPLE_INTERVAL_MS);
    }
    sampleMemory(atMs) {
        const rss = process.memoryUsage.rss();
        if (rss > this.peakRss)
            this.peakRss = rss;
        // One small sample a second: bounded by the run's length in seconds, like the time series.
        this.rssSamples.push({ atMs, rss });
    }
    everySecond() {
        if (this.stopped)
            return;
        const elapsedMs = external_node_perf_hooks_.performance.now() - this.startMs;
        this.sampleMemory(elapsedMs);
        if (this.checks.length === 0)
            return;
        let cached;
        const live = { elapsedMs, snapshot: () => (cached ??= this.snapshot()) };
        for (const check of this.checks) {
            const reason = check(live);
            if (reason !== undefined) {
                this.stopped = true;
                clearInterval(this.timer);
                this.stop(reason);
                return;
            }
        }
    }
    /** Stops watching and returns the generator's health over the run (the bottleneck list is left empty). */
    finish() {
        this.stopped = true;
        clearInterval(this.timer);
        const elapsedMs = Math.max(1, external_node_perf_hooks_.performance.now() - this.startMs);
        const cpu = process.cpuUsage(this.cpuStart);
        this.sampleMemory(elapsedMs);
        this.lag.disable();
        const ms = (ns) => Math.max(0, Math.round(ns / 1e4 - LAG_RESOLUTION_MS * 100) / 100);
        const rssAt = (fraction) => {
            const at = elapsedMs * fraction;
            let best = this.rssSamples[0];
            for (const sample of this.rssSamples)
                if (Math.abs(sample.atMs - at) < Math.abs(best.atMs - at))
                    best = sample;
            return Math.round(best.rss / 1e5) / 10;
        };
        const lagCount = this.lag.count;
        return {
            eventLoopLagP99Ms: lagCount > 0 ? ms(this.lag.percentile(99)) : 0,
            eventLoopLagMaxMs: lagCount > 0 ? ms(this.lag.max) : 0,
            cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 1000) / 10,
            peakRssMb: Math.round(this.peakRss / 1e5) / 10,
            rssFirstTenthMb: rssAt(0.1),
            rssLastTenthMb: rssAt(1),
            nodeFlags: [...process.execArgv],
            bottleneck: [],
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/http/prepared-target.ts


/**
 * Prepares every endpoint of `settings` for sending. A path in the target URL is a base
 * path: `https://host/canary` with `/api/x` sends `/canary/api/x` (plain URL resolution
 * would drop `/canary`). A query string in the target URL is not sent.
 */
function prepareTarget(settings) {
    const url = new URL(settings.targetUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`target URL must be http or https, got ${url.protocol}`);
    }
    if (!(settings.timeoutMs > 0))
        throw new RangeError(`timeoutMs must be above 0, got ${settings.timeoutMs}`);
    const basePath = url.pathname.replace(/\/+$/, '');
    const endpoints = settings.endpoints.map((endpoint, index) => {
        const path = basePath + endpoint.path;
        const body = endpoint.body === undefined ? null : Buffer.from(endpoint.body, 'utf8');
        return {
            index,
            name: endpoint.name,
            method: endpoint.method,
            path,
            dispatchOptions: {
                path,
                method: endpoint.method,
                headers: mergeHeaders(settings.headers, endpoint.headers),
                body: body !== null && body.length > 0 ? body : null,
            },
            statusOutcome: statusOutcomeTable(endpoint.expectStatus),
        };
    });
    return { origin: url.origin, endpoints, timeoutMs: settings.timeoutMs };
}
/** Global headers overridden by endpoint headers (names compared case-insensitively), as a flat name/value list. */
function mergeHeaders(global, own) {
    const merged = new Map();
    for (const [name, value] of Object.entries(global))
        merged.set(name.toLowerCase(), value);
    for (const [name, value] of Object.entries(own))
        merged.set(name.toLowerCase(), value);
    const flat = [];
    for (const [name, value] of merged)
        flat.push(name, value);
    return flat;
}
function statusOutcomeTable(expectStatus) {
    const table = new Uint8Array(1000);
    for (let status = 0; status < table.length; status++) {
        const errorClass = classifyStatus(status, expectStatus);
        table[status] = errorClass === null ? 0 : ERROR_CLASSES.indexOf(errorClass) + 1;
    }
    return table;
}

;// CONCATENATED MODULE: ./src/engine/traffic/seeded-random.ts
/** A 32-bit integer hash with good avalanche (the `lowbias32` finaliser). */
function mix32(x) {
    x ^= x >>> 16;
    x = Math.imul(x, 0x7feb352d);
    x ^= x >>> 15;
    x = Math.imul(x, 0x846ca68b);
    x ^= x >>> 16;
    return x >>> 0;
}
/** A uniform number in [0, 1) that depends only on `seed` and `n` (both 32-bit integers). */
function uniformAt(seed, n) {
    return mix32((seed ^ mix32(n + 0x9e3779b9)) >>> 0) / 4294967296;
}
/** A seed for one purpose (picks, think times, templates) derived from a pair's seed. */
function subSeed(seed, purpose) {
    return mix32((seed + Math.imul(purpose, 0x85ebca6b)) >>> 0);
}
/** A seed drawn from `random` (e.g. `Math.random`, or a test's fixed source). */
function drawSeed(random) {
    return Math.floor(random() * 4294967296) >>> 0;
}
/**
 * A stream of uniform numbers (mulberry32) that can be started again from a new seed
 * without allocating, so a request's template values can be drawn afresh per request.
 */
class SeededStream {
    state = 0;
    /** Bound once, to hand to code that takes a {@link RandomSource}. */
    next = () => {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    constructor(seed = 0) {
        this.state = seed >>> 0;
    }
    /** Starts the stream again from `seed`. */
    reset(seed) {
        this.state = seed >>> 0;
        return this;
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/twin-targets.ts



/** The live baseline's URL, when the settings have one. */
function liveBaselineUrl(settings) {
    const source = settings.baseline?.source;
    return source?.kind === 'live' ? source.url : undefined;
}
/** The baseline URL as reports and logs may show it: no credentials, no query. */
function liveBaselineLabel(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname === '/' ? '' : parsed.pathname}`;
    }
    catch {
        return 'the live baseline';
    }
}
/** The lanes of a run: the canary's, then the live baseline's when there is one. */
function buildLanes(settings, recorderOptions) {
    const lane = (role, laneSettings) => ({
        role,
        target: prepareTarget(laneSettings),
        recorder: new MetricsRecorder(laneSettings.endpoints, recorderOptions),
        settings: laneSettings,
    });
    const lanes = [lane('canary', settings)];
    const baselineUrl = liveBaselineUrl(settings);
    if (baselineUrl !== undefined)
        lanes.push(lane('baseline', { ...settings, targetUrl: baselineUrl }));
    return lanes;
}
const PICK = 1;
const THINK = 2;
const TEMPLATES = 3;
const SETUP = 4;
/**
 * The draws of one twin (a VU or its baseline twin): numbers tied to the pair's seed
 * and the gated request's number, so both twins of a pair get the same ones.
 */
class TwinDraws {
    pickSeed;
    thinkSeed;
    templateSeed;
    stream = new SeededStream();
    setupStream;
    constructor(pairSeed) {
        this.pickSeed = subSeed(pairSeed, PICK);
        this.thinkSeed = subSeed(pairSeed, THINK);
        this.templateSeed = subSeed(pairSeed, TEMPLATES);
        this.setupStream = new SeededStream(subSeed(pairSeed, SETUP));
    }
    /** The uniform number that picks gated request `request`'s endpoint. */
    pick(request) {
        return uniformAt(this.pickSeed, request);
    }
    think(request) {
        return uniformAt(this.thinkSeed, request);
    }
    /** The same values for a request and its retry: the stream starts again from the request's seed. */
    templates(request) {
        return this.stream.reset(uniformAt(this.templateSeed, request) * 4294967296).next;
    }
    /** Logins are per target: the twins' first setups draw alike, a repeated one may not. */
    setupTemplates() {
        return this.setupStream.next;
    }
}
/** Seeds for the VU pairs (closed model) or the arrivals (open model) of one run. */
class TwinSeeds {
    seed;
    constructor(random = Math.random) {
        this.seed = drawSeed(random);
    }
    /** The seed VU `index` and its twin share. */
    pair(index) {
        return subSeed(this.seed, index + 16);
    }
    /** The uniform number that picks arrival `n`'s endpoint, the same for both lanes. */
    arrival(n) {
        return uniformAt(this.seed, n);
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/load-run.ts
/**
 * The lifecycle every executor shares: start the recorder and the generator's own
 * monitor, report progress, stop on abort, on a failure or on an abortOnFail breach,
 * and finish exactly once with the measurements. An executor supplies only how it
 * starts its load, how it cuts the load short, and when nothing is left in flight.
 *
 * With a live baseline the run has two lanes (see twin-targets.ts), each with its own
 * target and recorder; the monitor, the progress timer and the end are shared, and the
 * generator's health is reported with both.
 */



/**
 * A stop this close to the plan's end still counts as the whole plan: the scheduler's
 * timers fire a few ms either side of it.
 */
const PLAN_SLACK_MS = 50;
/**
 * How much of a plan of `plannedMs` ran in `ranMs`. Every early stop the engine knows
 * (a signal, a live check such as abortOnFail or a breakpoint step, a failure) goes
 * through `LoadRun.cancel` with its reason, so `stoppedBy` names it.
 */
function planProgress(plannedMs, ranMs, stoppedBy) {
    const completed = stoppedBy === undefined || ranMs >= plannedMs - PLAN_SLACK_MS;
    const fraction = plannedMs > 0 ? Math.min(1, Math.round((ranMs / plannedMs) * 1000) / 1000) : 1;
    return { plannedMs, ranMs, fraction, completed, ...(completed ? {} : { stoppedBy }) };
}
/** The text of an abort reason: a string as given, an Error's message, else `aborted`. */
function abortReasonText(reason) {
    if (typeof reason === 'string' && reason.length > 0)
        return reason;
    if (reason instanceof Error && reason.name !== 'AbortError' && reason.message)
        return reason.message;
    return 'aborted';
}
class LoadRun {
    settings;
    options;
    /** The canary's lane first, then the live baseline's, if any. */
    lanes;
    /** The canary's target and recorder. */
    target;
    recorder;
    monitor;
    phase = 'running';
    startMs = 0;
    stoppedEarly;
    planLengthMs;
    failure;
    progressTimer;
    onAbort = () => this.cancel(abortReasonText(this.options.signal?.reason));
    resolve;
    reject;
    constructor(settings, options, plannedMs) {
        this.settings = settings;
        this.options = options;
        this.planLengthMs = plannedMs;
        this.lanes = buildLanes(settings, { plannedMs, ...(options.now ? { wallClock: options.now } : {}) });
        this.target = this.lanes[0].target;
        this.recorder = this.lanes[0].recorder;
        this.monitor = new RunMonitor(options.liveChecks ?? [], () => this.liveSnapshot(), (reason) => this.cancel(reason));
    }
    /** What the abortOnFail checks judge while the load runs. */
    liveSnapshot() {
        return this.recorder.snapshot();
    }
    /** Executor-specific figures added to the final measurements of lane `lane` (0: the canary). */
    extraMeasurements(_lane) {
        return {};
    }
    /** Closes the seconds that have ended in every lane's time series. */
    tickRecorders(now) {
        for (const lane of this.lanes)
            lane.recorder.tick(now);
    }
    run() {
        return new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
            this.begin();
        });
    }
    /** Something that is not a measurement went wrong: stop the load and reject the run. */
    fail(error) {
        this.failure ??= error;
        this.cancel(`failed: ${error.message}`);
    }
    begin() {
        const signal = this.options.signal;
        for (const lane of this.lanes)
            lane.recorder.start();
        this.startMs = external_node_perf_hooks_.performance.now();
        this.monitor.start();
        if (signal?.aborted) {
            this.cancel(abortReasonText(signal.reason));
            return;
        }
        signal?.addEventListener('abort', this.onAbort, { once: true });
        if (this.options.onProgress) {
            const interval = Math.max(1, this.options.progressIntervalMs ?? 5000);
            this.progressTimer = setInterval(() => this.emitProgress(), interval);
        }
        this.startLoad();
    }
    emitProgress() {
        if (this.phase === 'finished')
            return;
        try {
            const [canary, baseline] = this.lanes;
            const sample = canary.recorder.progress();
            this.options.onProgress?.(baseline ? { ...sample, baseline: baseline.recorder.progress() } : sample);
        }
        catch (error) {
            this.fail(error instanceof Error ? error : new Error(String(error)));
        }
    }
    /** The planned load is over: let what is in flight complete, then finish. */
    beginDrain() {
        this.phase = 'draining';
        this.stopTimers();
    }
    /** Stop now: abort what is in flight (not counted), then finish. */
    cancel(reason) {
        if (this.phase === 'cancelling' || this.phase === 'finished')
            return;
        this.phase = 'cancelling';
        this.stoppedEarly = reason;
        this.stopTimers();
        this.cutLoad();
        this.finishWhenIdle();
    }
    /** Finishes once draining or cancelling and nothing is in flight any more. */
    finishWhenIdle() {
        if (!this.busy && (this.phase === 'draining' || this.phase === 'cancelling'))
            void this.finish();
    }
    async finish() {
        if (this.phase === 'finished')
            return;
        this.phase = 'finished';
        clearInterval(this.progressTimer);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        const generator = this.monitor.finish();
        for (const lane of this.lanes)
            lane.recorder.finish(this.stoppedEarly);
        const measured = this.lanes.map((lane, index) => {
            const snapshot = lane.recorder.snapshot();
            const plan = planProgress(this.planLengthMs, snapshot.durationMs, this.stoppedEarly);
            return { ...snapshot, ...this.extraMeasurements(index), generator, plan };
        });
        await this.closeConnections();
        if (this.failure)
            this.reject(this.failure);
        else
            this.resolve({ measurements: measured[0], ...(measured[1] ? { baseline: measured[1] } : {}) });
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./src/engine/http/http-client.ts





const EMPTY_BODY = Buffer.alloc(0);
/** The error a request is aborted with when its time is up. */
class RequestTimeoutError extends Error {
    code = REQUEST_TIMEOUT_CAUSE;
    constructor(timeoutMs) {
        super(`request timed out after ${timeoutMs} ms`);
        this.name = 'RequestTimeoutError';
    }
}
/** The error in-flight requests are aborted with when the run is cancelled. */
class RequestCancelledError extends Error {
    code = 'LOADGATE_REQUEST_CANCELLED';
    constructor() {
        super('request cancelled: the load was stopped');
        this.name = 'RequestCancelledError';
    }
}
/** The undici handler of one request. A new one per request, so a late callback can never touch the next request. */
class Exchange {
    connection;
    endpoint;
    keepBodyBytes;
    keepHeaders;
    controller = null;
    status = 0;
    startMs = 0;
    timedOut = false;
    headers = null;
    chunks = null;
    keptBytes = 0;
    truncated = false;
    constructor(connection, endpoint, keepBodyBytes = 0, keepHeaders = false) {
        this.connection = connection;
        this.endpoint = endpoint;
        this.keepBodyBytes = keepBodyBytes;
        this.keepHeaders = keepHeaders;
    }
    onRequestStart(controller) {
        this.controller = controller;
    }
    onResponseStart(_controller, statusCode, headers) {
        this.status = statusCode;
        if (this.keepHeaders || this.keepBodyBytes > 0)
            this.headers = headers;
    }
    /** Body chunks are read and dropped (the socket counts their bytes), except the start asked to be kept. */
    onResponseData(_controller, chunk) {
        const room = this.keepBodyBytes - this.keptBytes;
        if (room <= 0) {
            if (this.keepBodyBytes > 0)
                this.truncated = true;
            return;
        }
        // A copy: the chunk may be a view into a buffer the parser reuses.
        const kept = Buffer.from(chunk.length <= room ? chunk : chunk.subarray(0, room));
        if (kept.length < chunk.length)
            this.truncated = true;
        (this.chunks ??= []).push(kept);
        this.keptBytes += kept.length;
    }
    onResponseEnd() {
        this.connection.settle(this, null);
    }
    onResponseError(_controller, error) {
        this.connection.settle(this, error);
    }
}
/** One VU's connection to the target. At most one request in flight. */
class Connection {
    target;
    options;
    client = null;
    socket = null;
    socketReadBase = 0;
    socketWrittenBase = 0;
    current = null;
    dispatching = false;
    cancelling = false;
    closed = false;
    /** One timer for the connection, re-armed (`refresh`) at each request: no allocation per request. */
    timer = null;
    connector;
    result;
    constructor(target, options) {
        this.target = target;
        this.options = options;
        const baseConnector = (0,undici/* buildConnector */.gU)({ timeout: target.timeoutMs + 1000 });
        this.connector = (connectOptions, callback) => {
            baseConnector(connectOptions, (error, socket) => {
                if (error === null) {
                    this.socket = socket;
                    this.socketReadBase = 0;
                    this.socketWrittenBase = 0;
                    callback(null, socket);
                }
                else {
                    callback(error, null);
                }
            });
        };
        this.result = {
            endpoint: target.endpoints[0],
            latencyUs: 0,
            endMs: 0,
            cancelled: false,
            synchronous: false,
            outcome: {
                status: 0,
                ok: false,
                errorClass: null,
                errorCause: null,
                sent: false,
                bytesSent: 0,
                bytesReceived: 0,
            },
            error: null,
            headers: null,
            body: null,
            bodyTruncated: false,
        };
    }
    /** True while a request is in flight. */
    get busy() {
        return this.current !== null;
    }
    /** Sends one request; `onResult` is called exactly once when it ends. */
    send(endpoint, options) {
        if (this.current !== null)
            throw new Error('Connection.send: a request is already in flight');
        if (this.closed)
            throw new Error('Connection.send: the connection is closed');
        this.cancelling = false;
        const client = this.client ?? this.openClient();
        const exchange = options === undefined
            ? new Exchange(this, endpoint)
            : new Exchange(this, endpoint, options.keepBodyBytes ?? 0, options.keepHeaders ?? false);
        this.current = exchange;
        if (this.timer === null) {
            this.timer = setTimeout(() => this.onTimeout(), this.target.timeoutMs);
            this.timer.unref();
        }
        else {
            this.timer.refresh();
        }
        this.dispatching = true;
        exchange.startMs = external_node_perf_hooks_.performance.now();
        try {
            client.dispatch(options?.dispatchOptions ?? endpoint.dispatchOptions, exchange);
        }
        finally {
            this.dispatching = false;
        }
    }
    /** Aborts the request in flight, if any; its result comes back with `cancelled: true`. */
    cancel() {
        const exchange = this.current;
        if (exchange === null)
            return;
        this.cancelling = true;
        this.abort(exchange, new RequestCancelledError());
    }
    /** Closes the connection; a request still in flight is cancelled. */
    async close() {
        this.cancel();
        this.closed = true;
        if (this.timer !== null)
            clearTimeout(this.timer);
        this.timer = null;
        const client = this.client;
        this.client = null;
        this.socket = null;
        if (client !== null)
            await client.destroy().catch(() => undefined);
    }
    /** @internal Called by the request handler when its request ended. */
    settle(exchange, error) {
        if (exchange !== this.current)
            return;
        const endMs = external_node_perf_hooks_.performance.now();
        this.current = null;
        const result = this.result;
        const outcome = result.outcome;
        result.endpoint = exchange.endpoint;
        result.latencyUs = (endMs - exchange.startMs) * 1000;
        result.endMs = endMs;
        result.cancelled = this.cancelling;
        result.synchronous = this.dispatching;
        result.error = error;
        result.headers = exchange.headers;
        result.body =
            exchange.chunks === null
                ? exchange.keepBodyBytes > 0 && error === null
                    ? EMPTY_BODY
                    : null
                : exchange.chunks.length === 1
                    ? exchange.chunks[0]
                    : Buffer.concat(exchange.chunks);
        result.bodyTruncated = exchange.truncated;
        if (error === null) {
            const status = exchange.status;
            const code = status < 1000
                ? exchange.endpoint.statusOutcome[status]
                : 1 + ERROR_CLASSES.indexOf('unexpected_status');
            outcome.status = status;
            outcome.ok = code === 0;
            outcome.errorClass = code === 0 ? null : ERROR_CLASSES[code - 1];
        }
        else {
            outcome.status = 0;
            outcome.ok = false;
            // Failures only: classifying walks the error, which a success never pays for.
            const cause = exchange.timedOut ? REQUEST_TIMEOUT_CAUSE : errorCause(error);
            outcome.errorCause = cause;
            outcome.errorClass = error_causes_describeCause(cause).errorClass;
        }
        outcome.sent = exchange.controller !== null;
        const socket = this.socket;
        if (socket !== null) {
            const read = socket.bytesRead;
            const written = socket.bytesWritten;
            outcome.bytesReceived = read - this.socketReadBase;
            outcome.bytesSent = written - this.socketWrittenBase;
            this.socketReadBase = read;
            this.socketWrittenBase = written;
        }
        else {
            outcome.bytesReceived = 0;
            outcome.bytesSent = 0;
        }
        this.options.onResult(result);
    }
    onTimeout() {
        const exchange = this.current;
        if (exchange === null || this.cancelling)
            return;
        exchange.timedOut = true;
        this.abort(exchange, new RequestTimeoutError(this.target.timeoutMs));
    }
    abort(exchange, error) {
        if (exchange.controller !== null) {
            // On the wire: undici fails the request with `error` and drops the socket.
            exchange.controller.abort(error);
        }
        else {
            // Still waiting for a connection: drop the client; its queued request fails with `error`.
            const client = this.client;
            this.client = null;
            this.socket = null;
            if (client !== null)
                void client.destroy(error).catch(() => undefined);
        }
    }
    openClient() {
        const client = new undici/* Client */.Kj(this.target.origin, {
            pipelining: 1,
            connect: this.connector,
            // The connection's own timer bounds the whole exchange.
            headersTimeout: 0,
            bodyTimeout: 0,
        });
        // undici emits 'error' (untyped) when a handler callback throws; unhandled it would end the process.
        client.on('error', (error) => this.options.onInternalError?.(error));
        this.client = client;
        return client;
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/pool-growth.ts
/**
 * When the open model may open another connection. Opening one costs the generator far
 * more than a request on an open one, so a generator that fell behind by itself (a cold
 * start, a GC pause) would otherwise answer its own backlog with hundreds of new
 * connections, fall further behind, and flood the target with handshakes. So the pool
 * grows by a quarter of its size (at least {@link MIN_POOL_GROWTH}) per scheduler tick,
 * and only:
 * - for a backlog the open connections did not clear within a tick;
 * - up to {@link POOL_HEADROOM} × what Little's law says the rate needs (rate × the mean
 *   time a request held its connection), so that stalls do not ratchet it up to `maxVus`;
 * - while the event loop had time to spare over the last {@link BUSY_WINDOW_MS}: a loop
 *   that is always busy means the backlog is the generator's own, and more connections
 *   would only add to its work (a generator that cannot keep up is what the self-check
 *   reports).
 * A slow target still gets the connections it needs within a few dozen ms (2 → 1,000 in
 * about 28 ticks); the wait meanwhile is part of the corrected latency.
 */

const POOL_GROWTH_PER_TICK = 0.25;
const MIN_POOL_GROWTH = 2;
/** The window over which the event loop's utilisation is measured, ms. */
const BUSY_WINDOW_MS = 20;
/** Above this utilisation the generator itself is the bottleneck. */
const BUSY_UTILIZATION = 0.9;
/** The pool is kept within this multiple of what Little's law says the rate needs. */
const POOL_HEADROOM = 2;
/** The window over which the time a request holds its connection is averaged, ms. */
const HOLD_WINDOW_MS = 250;
class PoolGrowth {
    tickMs;
    /** @param tickMs the scheduler's tick: a backlog older than this is one the open connections did not clear. */
    constructor(tickMs) {
        this.tickMs = tickMs;
    }
    /** New connections still allowed before the next tick. */
    budget = 0;
    /** The event loop's utilisation sample taken at `busySampleMs`. */
    busySample = external_node_perf_hooks_.performance.eventLoopUtilization();
    busySampleMs = 0;
    loopWasBusy = false;
    /** Time requests held their connection (send → result) in the current window, and the last window's mean. */
    holdSumMs = 0;
    holdCount = 0;
    holdWindowStartMs = 0;
    lastHoldMeanMs;
    /** Since when requests have been waiting for a free slot; undefined when none wait. */
    backlogSinceMs;
    /** A request held its connection this long (send → result), ms. */
    noteHold(ms) {
        this.holdSumMs += ms;
        this.holdCount++;
    }
    /** After a release: whether requests are left waiting for a free slot. */
    noteBacklog(now, waiting) {
        if (waiting)
            this.backlogSinceMs ??= now;
        else
            this.backlogSinceMs = undefined;
    }
    /** At each tick: how many connections may be opened until the next one. */
    startTick(now, poolSize, rate) {
        this.budget = this.allowance(now, poolSize, rate);
    }
    /** Takes one opening from this tick's allowance; false when none is left. */
    take() {
        if (this.budget <= 0)
            return false;
        this.budget--;
        return true;
    }
    allowance(now, poolSize, rate) {
        if (now - this.busySampleMs >= BUSY_WINDOW_MS) {
            const sample = external_node_perf_hooks_.performance.eventLoopUtilization();
            this.loopWasBusy =
                external_node_perf_hooks_.performance.eventLoopUtilization(sample, this.busySample).utilization > BUSY_UTILIZATION;
            this.busySample = sample;
            this.busySampleMs = now;
        }
        const floor = Math.max(0, MIN_POOL_GROWTH - poolSize);
        const backlogAge = this.backlogSinceMs === undefined ? 0 : now - this.backlogSinceMs;
        if (backlogAge < this.tickMs || poolSize >= this.needed(now, rate))
            return floor;
        if (this.loopWasBusy)
            return floor;
        return Math.max(MIN_POOL_GROWTH, Math.ceil(poolSize * POOL_GROWTH_PER_TICK));
    }
    /**
     * Connections `rate` (req/s) needs by Little's law (rate × the mean time a request held
     * its connection over the last window), with headroom; unbounded before the first
     * window has results.
     */
    needed(now, rate) {
        if (now - this.holdWindowStartMs >= HOLD_WINDOW_MS) {
            this.lastHoldMeanMs = this.holdCount > 0 ? this.holdSumMs / this.holdCount : undefined;
            this.holdSumMs = 0;
            this.holdCount = 0;
            this.holdWindowStartMs = now;
        }
        if (this.lastHoldMeanMs === undefined)
            return Number.POSITIVE_INFINITY;
        return POOL_HEADROOM * Math.ceil((rate * this.lastHoldMeanMs) / 1000) + MIN_POOL_GROWTH;
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/open-lane.ts
/**
 * One target of an open-model run: its slots (connections), its backlog cursor, its
 * counts of sent and dropped requests and its uncorrected latency. A live baseline is a
 * second lane on the same arrival schedule (see twin-targets.ts), so a target that
 * falls behind queues and drops its own copies of the arrivals, never the other's.
 */



/** A connection with one request in flight at most, and that request's times. */
class Slot {
    lane;
    connection;
    /** Intended send time of the request in flight (performance.now() clock). */
    intendedMs = 0;
    sentAtMs = 0;
    constructor(lane, onResult, onInternalError) {
        this.lane = lane;
        this.connection = new Connection(lane.lane.target, {
            onResult: (result) => onResult(this, result),
            onInternalError,
        });
    }
}
class OpenLane {
    lane;
    index;
    slots = [];
    idle = [];
    inFlight = 0;
    peakInFlight = 0;
    /** Next arrival to release (send or queue); every one before it is sent or dropped. */
    nextToSend = 0;
    sent = 0;
    dropped = 0;
    /** When another connection may be opened. */
    pool;
    uncorrected = new LatencyHistogram();
    /** @param index 0 for the canary, 1 for the live baseline */
    constructor(lane, index, tickMs) {
        this.lane = lane;
        this.index = index;
        this.pool = new PoolGrowth(tickMs);
    }
    /** The lane's arrival figures over a window of `windowMs` in which `scheduled` arrivals were due. */
    figures(scheduled, windowMs, maxVus) {
        const perSecond = (count) => Math.round((count * 1000 * 1000) / windowMs) / 1000;
        return {
            targetRps: perSecond(scheduled),
            achievedRps: perSecond(this.sent),
            scheduled,
            sent: this.sent,
            dropped: this.dropped,
            maxVus,
            peakInFlight: this.peakInFlight,
            connections: this.slots.length,
            uncorrectedLatency: this.uncorrected.summary(),
            uncorrectedHistogram: this.uncorrected.encode(),
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/open-model.ts
/**
 * The open model: requests arrive at the rate the stages give (requests per second),
 * whether or not the target keeps up, as production traffic does (k6's
 * constant-arrival-rate and ramping-arrival-rate executors, wrk2's constant throughput).
 *
 * - Each request has an intended send time from the {@link ArrivalSchedule}. A timer
 *   (1 ms granularity) sends every request that is due on a free slot.
 * - A slot is a {@link Connection} (the same prepared-request/exchange path as the
 *   closed model), one request in flight each; at most `maxVus` of them, opened only
 *   as the target needs them (see pool-growth.ts).
 * - When all `maxVus` slots are busy, due requests wait in a backlog, in order, and go
 *   out as slots free up, late. A request that has waited as long as the request
 *   timeout is **dropped** (it could not have been answered in time), as is any still
 *   waiting when the schedule ends: counted in `dropped`, never silently skipped.
 * - Latency is recorded twice: from the intended send time (corrected for coordinated
 *   omission; it goes into the main histograms, so every threshold uses it) and from
 *   the actual send (uncorrected, kept apart). When the target stalls, the requests
 *   that queued behind it carry the stall in the corrected figure only.
 *
 * End of the load and cancellation work as in the closed model: at the end of the
 * schedule requests in flight are awaited; on abort they are cut and not counted.
 *
 * With a live baseline each arrival goes to both targets, each with its own slots,
 * backlog and drops (open-lane.ts, twin-targets.ts).
 */







/** The scheduler's timer period when requests are due often, ms (Node's timer granularity). */
const TICK_MS = 1;
/** A default cap on requests in flight that lets every request take a second at the peak rate. */
function open_model_defaultMaxVus(peakRate) {
    return Math.min(5000, Math.max(100, Math.ceil(peakRate)));
}
/** Runs the open-model load `settings` describe (`settings.stages` in requests per second). */
async function runOpenModel(settings, options = {}) {
    return (await runOpenModelWithBaseline(settings, options)).measurements;
}
/** The same, with the live baseline's measurements when the settings have one. */
function runOpenModelWithBaseline(settings, options = {}) {
    return new OpenModelRun(settings, options).run();
}
class OpenModelRun extends LoadRun {
    schedule;
    picker;
    /** With a live baseline: arrival n's endpoint, the same for both lanes; else null (the picker's own source). */
    seeds;
    maxVus;
    openLanes;
    windowEndMs = 0;
    /** Requests due so far (index of the first one not yet due). */
    due = 0;
    tickTimer;
    drainScheduled = false;
    sink;
    tickBound = () => this.tick();
    drainBound = () => {
        this.drainScheduled = false;
        this.release(external_node_perf_hooks_.performance.now());
    };
    onResultBound = (slot, result) => this.onResult(slot, result);
    onErrorBound = (error) => this.fail(error);
    constructor(settings, options) {
        if (settings.endpoints.length === 0)
            throw new Error('runOpenModel: no endpoints');
        if (settings.stages.length === 0)
            throw new Error('runOpenModel: no stages');
        const schedule = new ArrivalSchedule(settings.stages);
        super(settings, options, schedule.durationMs);
        this.schedule = schedule;
        this.picker = new EndpointPicker(settings.endpoints.map((endpoint) => endpoint.weight), options.random);
        this.seeds = this.lanes.length > 1 ? new TwinSeeds(options.random) : null;
        this.maxVus = Math.max(1, settings.maxVus);
        this.openLanes = this.lanes.map((lane, index) => new OpenLane(lane, index, TICK_MS));
        this.sink = options.sink;
    }
    /** Milliseconds since the load started. */
    elapsedMs(now = external_node_perf_hooks_.performance.now()) {
        return now - this.startMs;
    }
    startLoad() {
        this.tick();
    }
    /** Releases every request due by now, then sleeps until the next one is due. */
    tick() {
        this.tickTimer = undefined;
        if (this.phase !== 'running')
            return;
        const now = external_node_perf_hooks_.performance.now();
        const elapsed = now - this.startMs;
        this.tickRecorders(now);
        const rate = this.schedule.rateAt(elapsed);
        for (const lane of this.openLanes)
            lane.pool.startTick(now, lane.slots.length, rate);
        if (elapsed >= this.schedule.durationMs) {
            this.drain(now);
            return;
        }
        this.release(now);
        if (this.phase !== 'running')
            return;
        const nextAt = this.schedule.timeOf(this.due);
        const wait = Math.min(this.schedule.durationMs, nextAt) - (external_node_perf_hooks_.performance.now() - this.startMs);
        // Wake up for the next request, and at least every 100 ms for the time series.
        const delay = Math.min(100, Math.max(TICK_MS, Math.floor(wait)));
        this.tickTimer = setTimeout(this.tickBound, delay);
    }
    /** Counts the requests due by `now`, drops those that waited too long, sends what free slots allow. */
    release(now) {
        if (this.phase !== 'running')
            return;
        const elapsed = now - this.startMs;
        const schedule = this.schedule;
        while (schedule.timeOf(this.due) <= elapsed)
            this.due++;
        // Backlogged requests that have waited as long as the timeout are dropped.
        const dropBefore = elapsed - this.settings.timeoutMs;
        for (const lane of this.openLanes) {
            while (lane.nextToSend < this.due && schedule.timeOf(lane.nextToSend) <= dropBefore) {
                // The breakpoint's sink sees the canary's drops (a live baseline does not run breakpoint).
                if (lane.index === 0)
                    this.sink?.drop?.(schedule.timeOf(lane.nextToSend));
                lane.nextToSend++;
                lane.dropped++;
            }
        }
        this.sendDue(now);
        if (this.phase !== 'running')
            return;
        for (const lane of this.openLanes)
            lane.pool.noteBacklog(now, lane.nextToSend < this.due);
    }
    /**
     * Sends the due arrivals in order on free slots, each to every lane: even arrivals to
     * the canary first, odd ones to the baseline first. A lane with no free slot keeps the
     * rest of its arrivals in its backlog; the other lane goes on.
     */
    sendDue(now) {
        const lanes = this.openLanes;
        let blocked = 0;
        for (;;) {
            let n = Number.POSITIVE_INFINITY;
            for (const lane of lanes) {
                if ((blocked & (1 << lane.index)) === 0 && lane.nextToSend < this.due)
                    n = Math.min(n, lane.nextToSend);
            }
            if (n === Number.POSITIVE_INFINITY)
                return;
            const first = n % lanes.length;
            for (let k = 0; k < lanes.length; k++) {
                const lane = lanes[(first + k) % lanes.length];
                if ((blocked & (1 << lane.index)) !== 0 || lane.nextToSend !== n)
                    continue;
                const slot = this.freeSlot(lane);
                if (slot === undefined) {
                    blocked |= 1 << lane.index;
                    continue;
                }
                this.send(lane, slot, now);
                if (this.phase !== 'running')
                    return;
            }
        }
    }
    freeSlot(lane) {
        const idle = lane.idle.pop();
        if (idle !== undefined)
            return idle;
        if (lane.slots.length >= this.maxVus || !lane.pool.take())
            return undefined;
        const slot = new Slot(lane, this.onResultBound, this.onErrorBound);
        lane.slots.push(slot);
        return slot;
    }
    /** Sends the lane's next arrival on `slot`. */
    send(lane, slot, now) {
        const n = lane.nextToSend++;
        slot.intendedMs = this.startMs + this.schedule.timeOf(n);
        slot.sentAtMs = now;
        lane.sent++;
        lane.inFlight++;
        if (lane.inFlight > lane.peakInFlight)
            lane.peakInFlight = lane.inFlight;
        lane.lane.recorder.setVus(lane.inFlight, now);
        const endpoint = this.seeds === null ? this.picker.next() : this.picker.indexAt(this.seeds.arrival(n));
        slot.connection.send(lane.lane.target.endpoints[endpoint]);
    }
    /** A slot's request ended. */
    onResult(slot, result) {
        const lane = slot.lane;
        const recorder = lane.lane.recorder;
        lane.inFlight--;
        recorder.setVus(lane.inFlight, result.endMs);
        if (!result.cancelled) {
            if (result.synchronous && isInvalidArgument(result.error)) {
                this.fail(result.error);
            }
            else {
                const outcome = result.outcome;
                // From the intended send time: includes any wait for a free slot and the generator's own lateness.
                const correctedUs = (result.endMs - slot.intendedMs) * 1000;
                recorder.record(result.endpoint.index, correctedUs, outcome, result.endMs);
                if (outcome.sent)
                    lane.uncorrected.recordMicros(result.latencyUs);
                lane.pool.noteHold(result.endMs - slot.sentAtMs);
                if (lane.index === 0) {
                    this.sink?.record(result.endpoint.index, correctedUs, outcome, result.endMs, slot.intendedMs - this.startMs);
                }
            }
        }
        lane.idle.push(slot);
        if (this.phase === 'running') {
            if (lane.nextToSend < this.due && !this.drainScheduled) {
                // A backlog is waiting: send it once this turn's responses are all timed (as in
                // the closed model), never from inside undici's callback.
                this.drainScheduled = true;
                setImmediate(this.drainBound);
            }
        }
        else {
            this.finishWhenIdle();
        }
    }
    liveSnapshot() {
        return {
            ...this.recorder.snapshot(),
            arrival: this.arrivalFigures(this.openLanes[0], external_node_perf_hooks_.performance.now()),
        };
    }
    arrivalFigures(lane, now) {
        const windowMs = Math.max(1, (this.windowEndMs || now) - this.startMs);
        return lane.figures(this.due, windowMs, this.maxVus);
    }
    /** The schedule is over: whatever still waits is dropped; requests in flight are awaited. */
    drain(now) {
        if (this.phase !== 'running')
            return;
        this.release(now);
        this.closeWindow(now);
        this.beginDrain();
        this.finishWhenIdle();
    }
    closeWindow(now) {
        if (this.windowEndMs !== 0)
            return;
        this.windowEndMs = Math.min(now, this.startMs + this.schedule.durationMs);
        // Requests due but never sent are dropped: the run ended before a slot was free.
        for (const lane of this.openLanes) {
            if (lane.index === 0 && this.sink?.drop)
                for (let i = lane.nextToSend; i < this.due; i++)
                    this.sink.drop(this.schedule.timeOf(i));
            lane.dropped += this.due - lane.nextToSend;
            lane.nextToSend = this.due;
        }
    }
    cutLoad() {
        this.closeWindow(external_node_perf_hooks_.performance.now());
        for (const lane of this.openLanes)
            for (const slot of lane.slots)
                slot.connection.cancel();
    }
    get busy() {
        return this.openLanes.some((lane) => lane.inFlight > 0);
    }
    stopTimers() {
        clearTimeout(this.tickTimer);
        this.tickTimer = undefined;
    }
    closeConnections() {
        return Promise.all(this.openLanes.flatMap((lane) => lane.slots.map((slot) => slot.connection.close())));
    }
    extraMeasurements(lane) {
        return { arrival: this.arrivalFigures(this.openLanes[lane], external_node_perf_hooks_.performance.now()) };
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/breakpoint.ts





/** Errors stop the staircase above this share even when no threshold is on http_req_failed. */
const BREAKPOINT_ERROR_LIMIT = 'http_req_failed: rate<0.05';
/** Share of a step left out after its rate changed. */
const WARM_UP_FRACTION = 0.25;
/** Left out of every step at least, ms (unless that would leave less than half the step). */
const MIN_WARM_UP_MS = 1000;
/** Share of a step always judged. */
const MIN_JUDGED_FRACTION = 0.5;
/** How long after its end a step's last requests may still be answered before it is judged, ms. */
const JUDGE_GRACE_MS = 1000;
/** The thresholds a step is judged by: the settings' (not those on the whole staircase, such as capacity_rps), plus the error limit when none is on errors. */
function stepThresholds(thresholds) {
    const perStep = thresholds.filter((t) => findMetric(t.metric)?.scenario !== 'breakpoint');
    const onErrors = perStep.some((t) => t.metric === 'http_req_failed' && Object.keys(t.tags).length === 0);
    return onErrors
        ? perStep
        : [...perStep, parseThreshold({ text: BREAKPOINT_ERROR_LIMIT, origin: 'the breakpoint error limit' })];
}
/** The steady part of a step that starts at `startMs` and lasts `durationMs`: [fromMs, toMs), ms since the start. */
function steadyWindow(startMs, durationMs) {
    const warmUp = Math.min(Math.max(durationMs * WARM_UP_FRACTION, MIN_WARM_UP_MS), durationMs * (1 - MIN_JUDGED_FRACTION));
    return { fromMs: startMs + Math.round(warmUp), toMs: startMs + durationMs };
}
/** One step while it runs: its window and the recorder of what was intended within it. */
class StepRecorder {
    rate;
    fromMs;
    toMs;
    recorder;
    dropped = 0;
    /** The step recorder's clock is the run's elapsed time, set to the window's ends. */
    clock;
    constructor(settings, rate, fromMs, toMs) {
        this.rate = rate;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.clock = fromMs;
        this.recorder = new MetricsRecorder(settings.endpoints, { now: () => this.clock });
        this.recorder.start();
    }
    includes(intendedAtMs) {
        return intendedAtMs >= this.fromMs && intendedAtMs < this.toMs;
    }
    /** The step's figures over its window (rates per second of the window). */
    close() {
        this.clock = this.toMs;
        this.recorder.finish();
        return this.recorder.snapshot();
    }
}
async function runBreakpoint(settings, options = {}) {
    // A step has no baseline to compare with: relative thresholds are judged after the run only.
    const thresholds = stepThresholds(settings.thresholds.filter((threshold) => !threshold.relative));
    const steps = [];
    let at = 0;
    for (const { rate, durationMs } of breakpointSteps(settings.stages)) {
        const { fromMs, toMs } = steadyWindow(at, durationMs);
        steps.push(new StepRecorder(settings, rate, fromMs, toMs));
        at += durationMs;
    }
    const results = [];
    const stepData = [];
    let brokeHere = false;
    /** Judges the next step; false when it broke. */
    const judgeNext = () => {
        const step = steps[results.length];
        const measured = step.close();
        const evaluation = evaluateThresholds(thresholds, measured);
        const failed = evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
        const overall = measured.overall;
        results.push({
            rate: step.rate,
            achievedRps: overall.rps,
            requests: overall.requests,
            p95: overall.latency.p95,
            errorRate: overall.requests > 0 ? overall.failed / overall.requests : 0,
            dropped: step.dropped,
            held: failed.length === 0,
            failed,
            judgedFromMs: step.fromMs,
            judgedToMs: step.toMs,
        });
        stepData.push(measured);
        return failed.length === 0;
    };
    const broken = () => results.length > 0 && !results[results.length - 1].held;
    const check = (live) => {
        // Checks run every second: a step is judged within a second of its end plus the grace.
        while (results.length < steps.length && live.elapsedMs >= steps[results.length].toMs + JUDGE_GRACE_MS) {
            if (!judgeNext()) {
                brokeHere = true;
                return `breakpoint reached: the SLOs broke at ${results[results.length - 1].rate} req/s`;
            }
        }
        return undefined;
    };
    const stepOf = (intendedAtMs) => {
        for (let i = results.length; i < steps.length; i++)
            if (steps[i].includes(intendedAtMs))
                return steps[i];
        return undefined;
    };
    const sink = {
        record(endpointIndex, latencyUs, outcome, _endMs, intendedAtMs) {
            // On the step's own clock (elapsed ms): the answer came latencyUs after the intended send.
            stepOf(intendedAtMs)?.recorder.record(endpointIndex, latencyUs, outcome, intendedAtMs + latencyUs / 1000);
        },
        drop(intendedAtMs) {
            const step = stepOf(intendedAtMs);
            if (step)
                step.dropped++;
        },
    };
    const measurements = await runOpenModel(settings, {
        ...options,
        liveChecks: [...(options.liveChecks ?? []), check],
        sink,
    });
    // The steps not judged yet whose window ran to its end (all of them when the plan did).
    const ranMs = measurements.stoppedEarly === undefined ? Number.POSITIVE_INFINITY : measurements.durationMs;
    while (!broken() && results.length < steps.length && steps[results.length].toMs <= ranMs)
        judgeNext();
    const breakpoint = capacityOf(results, stepData);
    // Stopped by its own first broken step, the staircase ended where its plan says it ends.
    const plan = measurements.plan && brokeHere ? { ...measurements.plan, completed: true } : measurements.plan;
    if (plan && plan.completed)
        delete plan.stoppedBy;
    return { ...measurements, ...(plan ? { plan } : {}), breakpoint };
}
/** The capacity from the judged steps: the rate below the first that broke, else at least the last. */
function capacityOf(results, stepData) {
    const firstBroken = results.findIndex((step) => !step.held);
    const held = firstBroken < 0 ? results : results.slice(0, firstBroken);
    const verdictIndex = held.length > 0 ? held.length - 1 : 0;
    return {
        steps: results,
        capacityRps: held.length > 0 ? held[held.length - 1].rate : 0,
        capacityBound: firstBroken < 0 ? 'at-least' : 'exact',
        ...(stepData[verdictIndex] ? { verdictStep: stepData[verdictIndex] } : {}),
    };
}
/** The holds of a breakpoint shape (config/scenario-presets.ts): each step's rate and length. */
function breakpointSteps(stages) {
    return stages
        .filter((stage) => stage.durationMs > 0)
        .map((stage) => ({ rate: stage.target, durationMs: stage.durationMs }));
}

;// CONCATENATED MODULE: ./src/metrics/traffic-recorder.ts
/**
 * What realistic traffic adds to a run's measurements, kept apart from the gated
 * request stats: setup (login) requests with their own latency histogram and
 * failures, re-authentications after a 401, check results, and tenant-isolation
 * violations. Memory is bounded: counters, one histogram, and at most
 * {@link MAX_VIOLATION_ROWS} distinct (endpoint, tenant, tenant seen) rows.
 *
 * Nothing here ever holds a response body, a captured value or a secret: a setup
 * failure is described by its status or error class, a violation by the endpoint and
 * the two tenants.
 */

/** Distinct violation rows kept; further distinct rows are counted in `detailsDropped`. */
const MAX_VIOLATION_ROWS = 200;
/** Distinct setup failure reasons kept. */
const MAX_REASONS = 50;
class TrafficRecorder {
    setupSteps;
    checks;
    endpointNames;
    isolation;
    setupHistogram = new LatencyHistogram();
    setupRequests = 0;
    setupSucceeded = 0;
    setupStatus = new Map();
    setupFailures = new Map();
    stepRequests;
    stepFailed;
    usersTotal = 0;
    usersLoggedIn = 0;
    usersFailed = 0;
    reauthentications = 0;
    checkPasses;
    checkFails;
    isolationChecked = 0;
    isolationUnchecked = 0;
    isolationViolations = 0;
    endpointChecked;
    endpointViolations;
    violationRows = new Map();
    violationsDropped = 0;
    constructor(setupSteps, checks, endpointNames, isolation) {
        this.setupSteps = setupSteps;
        this.checks = checks;
        this.endpointNames = endpointNames;
        this.isolation = isolation;
        this.stepRequests = setupSteps.map(() => 0);
        this.stepFailed = setupSteps.map(() => 0);
        this.checkPasses = new Float64Array(checks.length);
        this.checkFails = new Float64Array(checks.length);
        this.endpointChecked = new Float64Array(endpointNames.length);
        this.endpointViolations = new Float64Array(endpointNames.length);
    }
    /** One setup request ended. `failure` is null when it succeeded (status expected, captures found). */
    recordSetup(step, latencyUs, sent, status, failure) {
        this.setupRequests++;
        this.stepRequests[step]++;
        if (status > 0)
            this.setupStatus.set(status, (this.setupStatus.get(status) ?? 0) + 1);
        if (sent)
            this.setupHistogram.recordMicros(latencyUs);
        if (failure === null) {
            this.setupSucceeded++;
            return;
        }
        this.stepFailed[step]++;
        const known = this.setupFailures.get(failure);
        if (known !== undefined || this.setupFailures.size < MAX_REASONS) {
            this.setupFailures.set(failure, (known ?? 0) + 1);
        }
        else {
            this.setupFailures.set('other', (this.setupFailures.get('other') ?? 0) + 1);
        }
    }
    /** A VU began its first setup. */
    userStarted() {
        this.usersTotal++;
    }
    /** A VU completed its setup for the first time. */
    userLoggedIn() {
        this.usersLoggedIn++;
    }
    /** A VU's setup failed for the first time. */
    userFailed() {
        this.usersFailed++;
    }
    reauthenticated() {
        this.reauthentications++;
    }
    recordCheck(index, passed) {
        if (passed)
            this.checkPasses[index]++;
        else
            this.checkFails[index]++;
    }
    /** A gated response showed no tenant where isolation looks. */
    isolationNotShown() {
        this.isolationUnchecked++;
    }
    /** A gated response's tenant was compared; `seen` is the other tenant on a violation, else null. */
    isolationJudged(endpoint, requesting, seen) {
        this.isolationChecked++;
        this.endpointChecked[endpoint]++;
        if (seen === null)
            return;
        this.isolationViolations++;
        this.endpointViolations[endpoint]++;
        const endpointName = this.endpointNames[endpoint] ?? String(endpoint);
        const key = JSON.stringify([endpointName, requesting, seen]);
        const row = this.violationRows.get(key);
        if (row)
            row.count++;
        else if (this.violationRows.size < MAX_VIOLATION_ROWS) {
            this.violationRows.set(key, {
                endpoint: endpointName,
                requestingTenant: requesting,
                seenTenant: seen,
                count: 1,
            });
        }
        else
            this.violationsDropped++;
    }
    snapshot() {
        const statusCounts = {};
        for (const [status, count] of [...this.setupStatus].sort((a, b) => a[0] - b[0]))
            statusCounts[String(status)] = count;
        const failures = {};
        for (const [reason, count] of [...this.setupFailures].sort((a, b) => b[1] - a[1]))
            failures[reason] = count;
        return {
            setup: this.setupSteps.length === 0
                ? null
                : {
                    requests: this.setupRequests,
                    succeeded: this.setupSucceeded,
                    failed: this.setupRequests - this.setupSucceeded,
                    statusCounts,
                    failures,
                    latency: this.setupHistogram.summary(),
                    users: { total: this.usersTotal, loggedIn: this.usersLoggedIn, failed: this.usersFailed },
                    steps: this.setupSteps.map((name, i) => ({
                        name,
                        requests: this.stepRequests[i],
                        failed: this.stepFailed[i],
                    })),
                },
            reauthentications: this.reauthentications,
            checks: this.checks.map((check, i) => ({
                name: check.name,
                endpoint: check.endpoint,
                passes: this.checkPasses[i],
                fails: this.checkFails[i],
            })),
            isolation: this.isolation
                ? {
                    checked: this.isolationChecked,
                    unchecked: this.isolationUnchecked,
                    violations: this.isolationViolations,
                    byEndpoint: this.endpointNames.map((endpoint, i) => ({
                        endpoint,
                        checked: this.endpointChecked[i],
                        violations: this.endpointViolations[i],
                    })),
                    details: [...this.violationRows.values()].sort((a, b) => b.count - a.count),
                    detailsDropped: this.violationsDropped,
                }
                : null,
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/http/response-view.ts
const NOT_PARSED = Symbol('not parsed');
const UNPARSABLE = Symbol('unparsable');
class ResponseView {
    result;
    parsed = NOT_PARSED;
    decoded;
    constructor(result) {
        this.result = result;
    }
    /** HTTP status; 0 when no complete response arrived. */
    get status() {
        return this.result.error === null ? this.result.outcome.status : 0;
    }
    get latencyMs() {
        return this.result.latencyUs / 1000;
    }
    /** A response header (name in lower case), several values joined with ", ". */
    header(name) {
        const value = this.result.headers?.[name];
        return Array.isArray(value) ? value.join(', ') : value;
    }
    /** The body as text (only the kept start of a long body). */
    text() {
        if (this.decoded === undefined)
            this.decoded = this.result.body?.toString('utf8') ?? '';
        return this.decoded;
    }
    /** The body as JSON, or undefined when it is missing, cut at the size cap, or not JSON. */
    json() {
        if (this.parsed === NOT_PARSED) {
            if (this.result.body === null || this.result.bodyTruncated || this.status === 0) {
                this.parsed = UNPARSABLE;
            }
            else {
                try {
                    this.parsed = JSON.parse(this.text());
                }
                catch {
                    this.parsed = UNPARSABLE;
                }
            }
        }
        return this.parsed === UNPARSABLE ? undefined : { value: this.parsed };
    }
}

;// CONCATENATED MODULE: ./src/engine/traffic/isolation.ts

const NOT_SHOWN = { shown: false, foreign: null };
const MATCHED = { shown: true, foreign: null };
function compileIsolation(settings) {
    if (settings.from === 'header') {
        const name = settings.path;
        return {
            field: settings.field,
            needsBody: false,
            judge(response, own) {
                if (response.status === 0)
                    return NOT_SHOWN;
                const seen = response.header(name);
                if (seen === undefined || seen === '')
                    return NOT_SHOWN;
                return seen === own ? MATCHED : { shown: true, foreign: seen };
            },
        };
    }
    const path = parseJsonPath(settings.path);
    return {
        field: settings.field,
        needsBody: true,
        judge(response, own) {
            const json = response.json();
            if (json === undefined)
                return NOT_SHOWN;
            const values = selectAll(path, json.value).filter((value) => value !== null && value !== undefined);
            if (values.length === 0)
                return NOT_SHOWN;
            for (const value of values) {
                const seen = valueText(value);
                if (seen !== own)
                    return { shown: true, foreign: seen };
            }
            return MATCHED;
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/traffic/checks.ts

/** A `matches` pattern sees at most this many characters of a value. */
const MAX_MATCH_CHARS = 10_000;
function jsonEquals(value, expected) {
    if (value === expected)
        return true;
    if (typeof expected === 'string')
        return typeof value !== 'object' && valueText(value) === expected;
    return false;
}
function compileCheck(check, slot) {
    const conditions = [];
    let needsBody = false;
    let needsHeaders = false;
    if (check.status !== undefined) {
        const statuses = new Set(check.status);
        conditions.push((response) => statuses.has(response.status));
    }
    if (check.json !== undefined) {
        needsBody = true;
        const path = parseJsonPath(check.json.path);
        const { exists, equals, matches } = check.json;
        const pattern = matches === undefined ? undefined : new RegExp(matches);
        conditions.push((response) => {
            const json = response.json();
            if (json === undefined)
                return false;
            const selected = selectAll(path, json.value);
            if (exists !== undefined && selected.length > 0 !== exists)
                return false;
            if (equals !== undefined && !(selected.length > 0 && jsonEquals(selected[0], equals)))
                return false;
            if (pattern !== undefined) {
                if (selected.length === 0)
                    return false;
                return pattern.test(valueText(selected[0]).slice(0, MAX_MATCH_CHARS));
            }
            return true;
        });
    }
    if (check.bodyContains !== undefined) {
        needsBody = true;
        const text = check.bodyContains;
        conditions.push((response) => response.status > 0 && response.text().includes(text));
    }
    if (check.header !== undefined) {
        needsHeaders = true;
        const { name, equals } = check.header;
        conditions.push((response) => response.header(name) === equals);
    }
    if (check.maxDurationMs !== undefined) {
        const limit = check.maxDurationMs;
        conditions.push((response) => response.status > 0 && response.latencyMs <= limit);
    }
    return {
        name: check.name,
        slot,
        needsBody,
        needsHeaders,
        test: (response) => conditions.every((condition) => condition(response)),
    };
}
function compileCapture(capture) {
    if (capture.from === 'header') {
        const name = capture.path;
        return { name: capture.name, needsBody: false, read: (response) => response.header(name) };
    }
    const path = parseJsonPath(capture.path);
    return {
        name: capture.name,
        needsBody: true,
        read: (response) => {
            const json = response.json();
            if (json === undefined)
                return undefined;
            const value = selectFirst(path, json.value);
            return value === undefined || value === null ? undefined : valueText(value);
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/traffic/request-plan.ts


/** Largest part of a response body kept for captures and checks; a longer body is read to its end but not kept. */
const MAX_KEPT_BODY_BYTES = 1024 * 1024;
function planRequest(endpoint, source, checkSlots, isolation) {
    const path = parseTemplate(endpoint.path);
    const flat = (endpoint.dispatchOptions.headers ?? []);
    const headers = [];
    for (let i = 0; i + 1 < flat.length; i += 2)
        headers.push({ name: flat[i], value: parseTemplate(flat[i + 1]) });
    const body = source.body === undefined || source.body === '' ? null : parseTemplate(source.body);
    const contentType = headers.find((header) => header.name === 'content-type')?.value.source ?? '';
    const captures = (source.captures ?? []).map(compileCapture);
    const checks = (source.checks ?? []).map((check) => compileCheck(check, checkSlots(check.name)));
    const needsBody = captures.some((capture) => capture.needsBody) ||
        checks.some((check) => check.needsBody) ||
        (isolation?.needsBody ?? false);
    return {
        endpoint,
        templated: !path.isStatic || headers.some((header) => !header.value.isStatic) || (body !== null && !body.isStatic),
        path,
        headers,
        body,
        bodyEscape: /json/i.test(contentType) ? 'json' : 'none',
        captures,
        checks,
        keepBodyBytes: needsBody ? MAX_KEPT_BODY_BYTES : 0,
        keepHeaders: captures.length > 0 || checks.some((check) => check.needsHeaders) || isolation !== null,
    };
}

;// CONCATENATED MODULE: ./src/engine/traffic/vu-session.ts







/** Pause before a VU whose setup failed tries again. */
const SETUP_RETRY_MS = 1000;
/** Whether the settings ask for anything a plain closed-model VU does not do. */
function needsSessions(settings) {
    return settings.traffic !== undefined;
}
/** Everything the sessions of one run share. */
class TrafficPlan {
    random;
    recorder;
    setup;
    endpoints;
    isolation;
    traffic;
    sessions = 0;
    /** A lone target's sessions all draw from the run's source, in the order they ask. */
    sharedDraws;
    /**
     * @param target the gated endpoints as the executor prepared them (same order as `settings.endpoints`)
     * @param random uniform numbers in [0, 1) for random data order, think time and `randomInt`
     */
    constructor(settings, target, random = Math.random) {
        this.random = random;
        this.sharedDraws = { templates: () => random, setupTemplates: () => random, think: () => random() };
        const traffic = settings.traffic ?? { setup: [] };
        this.traffic = traffic;
        this.isolation = traffic.isolation ? compileIsolation(traffic.isolation) : null;
        const definitions = [];
        const slotsFor = (endpointName) => (checkName) => {
            definitions.push({ name: checkName, endpoint: endpointName });
            return definitions.length - 1;
        };
        this.endpoints = settings.endpoints.map((source, i) => planRequest(target.endpoints[i], source, slotsFor(source.name), this.isolation));
        const setupTarget = traffic.setup.length > 0
            ? prepareTarget({
                targetUrl: settings.targetUrl,
                endpoints: traffic.setup,
                headers: settings.headers,
                timeoutMs: settings.timeoutMs,
            })
            : null;
        this.setup = traffic.setup.map((source, i) => planRequest(setupTarget.endpoints[i], source, () => -1, null));
        this.recorder = new TrafficRecorder(traffic.setup.map((step) => step.name), definitions, settings.endpoints.map((endpoint) => endpoint.name), this.isolation !== null);
    }
    /** A new VU's session; VUs take data records round-robin in the order sessions are made, or at random. */
    session(draws = this.sharedDraws) {
        const data = this.traffic.data;
        let record;
        if (data && data.records.length > 0) {
            const index = data.order === 'random'
                ? Math.floor(this.random() * data.records.length)
                : this.sessions % data.records.length;
            record = data.records[index];
        }
        this.sessions++;
        return new VuSession(this, record, draws);
    }
    /** A session with a given data record: a baseline twin takes its canary VU's record. */
    sessionWith(record, draws) {
        this.sessions++;
        return new VuSession(this, record, draws);
    }
    /** The think time after gated request `request`; draws nothing when there is none. */
    thinkTimeMs(request, draws) {
        const think = this.traffic.thinkTime;
        if (!think)
            return 0;
        return think.minMs + (think.maxMs - think.minMs) * draws.think(request);
    }
}
/** Header values must stay on one line whatever a record or a response put in them. */
function oneLine(value) {
    return value.includes('\r') || value.includes('\n') ? value.replace(/[\r\n]+/g, ' ') : value;
}
class VuSession {
    plan;
    record;
    draws;
    captures = new Map();
    scope;
    ownTenant;
    /** Index of the next setup request; -1 when the setup is done. */
    setupStep;
    started = false;
    loggedIn = false;
    failedOnce = false;
    /** The gated request to send again after a re-login. */
    retry = null;
    /** The request in flight is that retry. */
    retrying = false;
    /** Gated requests taken from the mix so far; the current one's number (a retry keeps it). */
    picked = 0;
    requestNumber = 0;
    current = null;
    currentIsSetup = false;
    outgoing = { endpoint: undefined, options: undefined, setup: false };
    completion = { record: false, delayMs: 0 };
    constructor(plan, record, draws) {
        this.plan = plan;
        this.record = record;
        this.draws = draws;
        this.scope = { captures: this.captures, record };
        this.setupStep = plan.setup.length > 0 ? 0 : -1;
        const field = plan.isolation?.field;
        this.ownTenant = field === undefined ? undefined : record?.[field];
    }
    /** True while the VU is (re)running its setup. */
    get inSetup() {
        return this.setupStep >= 0;
    }
    /**
     * The next request: a setup step, the request to retry after a re-login, or one from
     * the mix (`pickEndpoint` gets the gated request's number).
     */
    next(pickEndpoint) {
        let request;
        if (this.setupStep >= 0) {
            if (!this.started) {
                this.started = true;
                this.plan.recorder.userStarted();
            }
            request = this.plan.setup[this.setupStep];
            this.currentIsSetup = true;
        }
        else if (this.retry !== null) {
            request = this.retry;
            this.retry = null;
            this.retrying = true;
            this.currentIsSetup = false;
        }
        else {
            this.requestNumber = this.picked++;
            request = this.plan.endpoints[pickEndpoint(this.requestNumber)];
            this.retrying = false;
            this.currentIsSetup = false;
        }
        this.current = request;
        const out = this.outgoing;
        out.endpoint = request.endpoint;
        out.setup = this.currentIsSetup;
        out.options = this.sendOptions(request);
        return out;
    }
    sendOptions(request) {
        if (!request.templated) {
            return request.keepBodyBytes > 0 || request.keepHeaders
                ? { keepBodyBytes: request.keepBodyBytes, keepHeaders: request.keepHeaders }
                : undefined;
        }
        const random = this.currentIsSetup
            ? this.draws.setupTemplates()
            : this.draws.templates(this.requestNumber);
        const headers = [];
        for (const header of request.headers) {
            const rendered = renderTemplate(header.value, this.scope, 'none', random);
            // A header naming a capture not made yet (e.g. the token before the login) is not sent.
            if (rendered.missing > 0)
                continue;
            headers.push(header.name, oneLine(rendered.text));
        }
        const body = request.body === null
            ? null
            : renderTemplate(request.body, this.scope, request.bodyEscape, random).text;
        const dispatchOptions = {
            path: renderTemplate(request.path, this.scope, 'uri', random).text,
            method: request.endpoint.method,
            headers,
            body: body === null || body === '' ? null : Buffer.from(body, 'utf8'),
        };
        return { dispatchOptions, keepBodyBytes: request.keepBodyBytes, keepHeaders: request.keepHeaders };
    }
    /** What the response to the last {@link next} means; call it once per result that was not cancelled. */
    complete(result) {
        const request = this.current;
        if (request === null)
            throw new Error('VuSession.complete without a request');
        this.current = null;
        const done = this.completion;
        const response = new ResponseView(result);
        return this.currentIsSetup
            ? this.completeSetup(request, result, response, done)
            : this.completeGated(request, result, response, done);
    }
    completeSetup(request, result, response, done) {
        const recorder = this.plan.recorder;
        const { outcome } = result;
        let failure = null;
        if (!outcome.ok) {
            failure =
                outcome.status > 0 && result.error === null
                    ? String(outcome.status)
                    : (outcome.errorClass ?? 'other');
        }
        else {
            for (const capture of request.captures) {
                const value = capture.read(response);
                if (value === undefined) {
                    failure = `capture "${capture.name}" not found`;
                    break;
                }
                this.captures.set(capture.name, value);
            }
        }
        recorder.recordSetup(this.setupStep, result.latencyUs, outcome.sent, result.error === null ? outcome.status : 0, failure);
        done.record = false;
        if (failure !== null) {
            if (!this.failedOnce) {
                this.failedOnce = true;
                recorder.userFailed();
            }
            this.setupStep = 0;
            done.delayMs = SETUP_RETRY_MS;
            return done;
        }
        this.setupStep++;
        if (this.setupStep >= this.plan.setup.length) {
            this.setupStep = -1;
            if (!this.loggedIn) {
                this.loggedIn = true;
                recorder.userLoggedIn();
            }
        }
        done.delayMs = 0;
        return done;
    }
    completeGated(request, result, response, done) {
        const recorder = this.plan.recorder;
        const status = response.status;
        if (status === 401 && this.plan.setup.length > 0 && !this.retrying) {
            // Expired or revoked credentials: log in again, then send this request once more.
            recorder.reauthenticated();
            this.retry = request;
            this.setupStep = 0;
            done.record = false;
            done.delayMs = 0;
            return done;
        }
        this.retrying = false;
        done.record = true;
        if (result.outcome.ok) {
            for (const capture of request.captures) {
                const value = capture.read(response);
                if (value !== undefined)
                    this.captures.set(capture.name, value);
            }
        }
        for (const check of request.checks)
            recorder.recordCheck(check.slot, check.test(response));
        const isolation = this.plan.isolation;
        if (isolation !== null && this.ownTenant !== undefined) {
            const verdict = isolation.judge(response, this.ownTenant);
            if (verdict.shown)
                recorder.isolationJudged(request.endpoint.index, this.ownTenant, verdict.foreign);
            else if (status > 0)
                recorder.isolationNotShown();
        }
        done.delayMs = this.plan.thinkTimeMs(this.requestNumber, this.draws);
        return done;
    }
}

;// CONCATENATED MODULE: ./src/engine/executors/stages.ts
/** Sum of the stage durations, in milliseconds. */
function totalDurationMs(stages) {
    let total = 0;
    for (const stage of stages)
        total += stage.durationMs;
    return total;
}
/** The exact (fractional) VU level at `elapsedMs` since the start; the last target after the end. */
function vuLevelAt(stages, elapsedMs) {
    let from = 0;
    let startMs = 0;
    for (const stage of stages) {
        const endMs = startMs + stage.durationMs;
        if (elapsedMs < endMs) {
            const progress = Math.max(0, elapsedMs - startMs) / stage.durationMs;
            return from + (stage.target - from) * progress;
        }
        from = stage.target;
        startMs = endMs;
    }
    return from;
}
/** Whole VUs wanted at `elapsedMs`: the level rounded to the nearest integer. */
function vusAt(stages, elapsedMs) {
    return Math.max(0, Math.round(vuLevelAt(stages, elapsedMs)));
}
/** The largest VU count the stages ever ask for. */
function peakVus(stages) {
    let peak = 0;
    for (const stage of stages)
        peak = Math.max(peak, stage.target);
    return peak;
}

;// CONCATENATED MODULE: ./src/engine/executors/closed-model.ts
/**
 * The closed model: a number of virtual users (VUs), each sending requests from the
 * weighted mix back to back over its own keep-alive connection. A controller checks
 * the stage shape every {@link CONTROL_INTERVAL_MS} and starts or stops VUs to match;
 * a VU asked to stop finishes its current request first.
 *
 * End of the load:
 * - At the end of the stages every VU stops after its current request. Requests in
 *   flight are awaited, each bounded by the request timeout, and counted as usual.
 * - When the signal aborts, requests in flight are aborted at once and not counted
 *   (they were cut by us, not answered or failed by the target), and `stoppedEarly`
 *   says why.
 * A request is recorded exactly once, when it ends, so nothing is counted twice.
 *
 * With a live baseline every VU has a twin on the baseline, started and stopped with
 * it, making the same choices at its own pace (see twin-targets.ts).
 */








/** How often the controller compares active VUs with the stage shape. */
const CONTROL_INTERVAL_MS = 100;
/**
 * Runs the closed-model load described by `settings` and returns what it measured.
 * Target failures are measurements, never rejections; the promise rejects only when the
 * load cannot run as configured: a request that cannot be built (e.g. an invalid header
 * value), an `onProgress` that throws, or an internal error of the HTTP client.
 */
async function runClosedModel(settings, options = {}) {
    return (await runClosedModelWithBaseline(settings, options)).measurements;
}
/** The same, with the live baseline's measurements when the settings have one. */
function runClosedModelWithBaseline(settings, options = {}) {
    return new ClosedModelRun(settings, options).run();
}
/** What the VUs of one lane share: its target and recorder, its traffic plan, how many of them are active. */
class ClosedLane {
    lane;
    active = 0;
    /** Shared by the lane's VU sessions when the settings ask for realistic traffic; else null. */
    traffic;
    constructor(lane, random) {
        this.lane = lane;
        this.traffic = needsSessions(lane.settings) ? new TrafficPlan(lane.settings, lane.target, random) : null;
    }
    activated() {
        this.active++;
        this.lane.recorder.setVus(this.active);
    }
    deactivated() {
        this.active--;
        this.lane.recorder.setVus(this.active);
    }
}
class VirtualUser {
    run;
    lane;
    state = 'idle';
    /** The next request is already scheduled (setImmediate, or a timer for think time). */
    scheduled = false;
    /** Pending think time or setup back-off (with realistic traffic). */
    delayTimer = null;
    connection;
    /** Setup, templates, captures, checks and isolation; null for plain traffic. */
    session;
    /** The same user on the live baseline, started and stopped with this one; null without one. */
    twin = null;
    /** Start the twin first: odd pairs do, so neither target's requests go out first throughout. */
    twinFirst = false;
    /** The endpoint of gated request k (twins: the same for both). */
    pickIndex;
    /** Gated requests picked so far (plain traffic; a session counts its own). */
    picked = 0;
    loopNext = () => this.next();
    /**
     * @param draws the pair's draws (with a live baseline), else null: the run's shared picker and source
     * @param partner the canary VU this one is the baseline twin of: its data record is taken
     */
    constructor(run, lane, draws, partner = null) {
        this.run = run;
        this.lane = lane;
        const traffic = lane.traffic;
        this.session =
            traffic === null
                ? null
                : partner !== null && draws !== null
                    ? traffic.sessionWith(partner.session?.record, draws)
                    : traffic.session(draws ?? undefined);
        this.pickIndex = draws === null ? run.pickIndex : (request) => run.picker.indexAt(draws.pick(request));
        this.connection = new Connection(lane.lane.target, {
            onResult: (result) => this.onResult(result),
            onInternalError: (error) => run.fail(error),
        });
    }
    start() {
        if (this.twinFirst)
            this.twin?.start();
        const wasIdle = this.state === 'idle';
        this.state = 'running';
        if (wasIdle) {
            this.lane.activated();
            this.next();
        }
        if (!this.twinFirst)
            this.twin?.start();
    }
    /** Stop after the current request (at once when none is in flight). */
    requestStop() {
        this.twin?.requestStop();
        if (this.state !== 'running')
            return;
        this.state = 'stopping';
        if (this.delayTimer !== null) {
            // Waiting (think time, setup back-off): nothing in flight, stop now.
            clearTimeout(this.delayTimer);
            this.delayTimer = null;
            this.scheduled = false;
        }
        if (!this.connection.busy && !this.scheduled)
            this.becomeIdle();
    }
    next() {
        this.scheduled = false;
        this.delayTimer = null;
        if (this.state !== 'running') {
            this.becomeIdle();
            return;
        }
        if (this.session !== null) {
            const out = this.session.next(this.pickIndex);
            this.connection.send(out.endpoint, out.options);
        }
        else {
            this.connection.send(this.lane.lane.target.endpoints[this.pickIndex(this.picked++)]);
        }
    }
    onResult(result) {
        let delayMs = 0;
        if (!result.cancelled) {
            if (result.synchronous && isInvalidArgument(result.error)) {
                // The request could not even be built (e.g. an invalid header value): a setup error, not a measurement.
                this.run.fail(result.error);
                this.becomeIdle();
                return;
            }
            const recorder = this.lane.lane.recorder;
            if (this.session === null) {
                recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
            }
            else {
                const done = this.session.complete(result);
                if (done.record) {
                    recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
                }
                delayMs = done.delayMs;
            }
        }
        if (this.state !== 'running') {
            this.becomeIdle();
            return;
        }
        this.scheduled = true;
        if (delayMs > 0) {
            this.delayTimer = setTimeout(this.loopNext, delayMs);
        }
        else if (result.synchronous) {
            // Settled inside send(): continuing soon would spin without ever yielding to I/O and timers.
            setImmediate(this.loopNext);
        }
        else {
            // After this turn's I/O, as wrk does: responses that arrived together are all timed
            // before any of the next requests is written (a write costs more than a parse, and
            // each one would otherwise add to the latency of the responses still unread).
            // It also keeps undici from being re-entered from its own callback.
            setImmediate(this.loopNext);
        }
    }
    becomeIdle() {
        if (this.state === 'idle')
            return;
        this.state = 'idle';
        this.lane.deactivated();
        this.run.vuDeactivated();
    }
    /** This VU and its twin. */
    *withTwin() {
        yield this;
        if (this.twin !== null)
            yield this.twin;
    }
}
class ClosedModelRun extends LoadRun {
    picker;
    closedLanes;
    /** Seeds of the VU pairs, with a live baseline; else null. */
    seeds;
    plannedMs;
    /** The canary's VUs (each holds its baseline twin). */
    vus = [];
    controlTimer;
    endTimer;
    constructor(settings, options) {
        if (settings.endpoints.length === 0)
            throw new Error('runClosedModel: no endpoints');
        if (settings.stages.length === 0)
            throw new Error('runClosedModel: no stages');
        super(settings, options, totalDurationMs(settings.stages));
        this.plannedMs = totalDurationMs(settings.stages);
        this.picker = new EndpointPicker(settings.endpoints.map((endpoint) => endpoint.weight), options.random);
        this.closedLanes = this.lanes.map((lane) => new ClosedLane(lane, options.random));
        this.seeds = this.lanes.length > 1 ? new TwinSeeds(options.random) : null;
    }
    pickIndex = () => this.picker.next();
    vuDeactivated() {
        this.finishWhenIdle();
    }
    /** VU `index` of the canary, with its twin on the baseline when there is one. */
    newVu(index) {
        const [canary, baseline] = this.closedLanes;
        const seed = this.seeds?.pair(index);
        const vu = new VirtualUser(this, canary, seed === undefined ? null : new TwinDraws(seed));
        if (baseline !== undefined && seed !== undefined) {
            vu.twin = new VirtualUser(this, baseline, new TwinDraws(seed), vu);
            vu.twinFirst = index % 2 === 1;
        }
        return vu;
    }
    startLoad() {
        this.controlTimer = setInterval(() => this.control(), CONTROL_INTERVAL_MS);
        this.endTimer = setTimeout(() => this.drain(), this.plannedMs);
        this.control();
    }
    /** Brings the number of running VUs to what the stages want now. */
    control() {
        if (this.phase !== 'running')
            return;
        const now = external_node_perf_hooks_.performance.now();
        this.tickRecorders(now);
        const elapsedMs = now - this.startMs;
        if (elapsedMs >= this.plannedMs)
            return; // the end timer is due
        const wanted = vusAt(this.settings.stages, elapsedMs);
        let running = 0;
        for (const vu of this.vus)
            if (vu.state === 'running')
                running++;
        // Too few: revive VUs that were stopping (their request is still in flight), then start idle ones.
        for (let i = 0; i < this.vus.length && running < wanted; i++) {
            const vu = this.vus[i];
            if (vu.state === 'stopping') {
                vu.start();
                running++;
            }
        }
        for (let i = 0; running < wanted; i++) {
            let vu = this.vus[i];
            if (vu === undefined) {
                vu = this.newVu(i);
                this.vus.push(vu);
            }
            if (vu.state === 'idle') {
                vu.start();
                running++;
            }
        }
        // Too many: the highest-numbered VUs stop after their current request.
        for (let i = this.vus.length - 1; i >= 0 && running > wanted; i--) {
            const vu = this.vus[i];
            if (vu.state === 'running') {
                vu.requestStop();
                running--;
            }
        }
    }
    /** The stages are over: let every VU finish its request, then finish. */
    drain() {
        if (this.phase !== 'running')
            return;
        this.beginDrain();
        for (const vu of this.vus)
            vu.requestStop();
        this.finishWhenIdle();
    }
    cutLoad() {
        for (const vu of this.vus) {
            vu.requestStop();
            for (const one of vu.withTwin())
                one.connection.cancel();
        }
    }
    get busy() {
        return this.closedLanes.some((lane) => lane.active > 0);
    }
    stopTimers() {
        clearInterval(this.controlTimer);
        clearTimeout(this.endTimer);
        this.controlTimer = undefined;
        this.endTimer = undefined;
    }
    closeConnections() {
        return Promise.all(this.vus.flatMap((vu) => [...vu.withTwin()].map((one) => one.connection.close())));
    }
    extraMeasurements(lane) {
        const traffic = this.closedLanes[lane]?.traffic ?? null;
        return traffic === null ? {} : { traffic: traffic.recorder.snapshot() };
    }
}

;// CONCATENATED MODULE: ./src/engine/index.ts





/** Runs the load `settings` describe against `settings.targetUrl` (and a live baseline, if any): the canary's figures. */
async function runLoad(settings, options = {}) {
    return (await runLoadWithBaseline(settings, options)).measurements;
}
/** Runs the load; with a live baseline, measures both targets under the same traffic at the same time. */
async function runLoadWithBaseline(settings, options = {}) {
    if (settings.scenario === 'breakpoint') {
        // The settings refuse this (config/baseline-url.ts); a staircase stops at the canary's break, so the baseline would have no comparable step.
        if (liveBaselineUrl(settings) !== undefined) {
            throw new Error('the breakpoint scenario does not run with a live baseline');
        }
        return { measurements: await runBreakpoint(settings, options) };
    }
    if (settings.model === 'open')
        return runOpenModelWithBaseline(settings, options);
    return runClosedModelWithBaseline(settings, options);
}

;// CONCATENATED MODULE: ./src/report/html/escape-html.ts
/** Escape text for HTML element content and quoted attribute values. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./src/report/html/html-charts.ts


const CHART = { width: 760, height: 260, left: 60, right: 56, top: 34, bottom: 40 };
/** Round numbers for axis ticks: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span, count, integer = false) {
    const raw = span / Math.max(1, count);
    if (raw <= 0 || !Number.isFinite(raw))
        return 1;
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 && !integer ? 2.5 : fraction <= 5 ? 5 : 10;
    return integer ? Math.max(1, Math.round(nice * power)) : nice * power;
}
/** Axis scale from 0: a round step and a top that is a whole number of steps. */
function html_charts_scale(values, count, integer = false) {
    const top = Math.max(0, ...values) || 1;
    const step = niceStep(top, count, integer);
    return { step, max: Math.max(step, Math.ceil(top / step - 1e-9) * step) };
}
function ticks(max, step) {
    const out = [];
    for (let v = 0; v <= max + step * 1e-9; v += step)
        out.push(Math.round(v * 1e6) / 1e6);
    return out;
}
const f1 = (n) => (Math.round(n * 10) / 10).toString();
function renderChart(spec) {
    const { width, height, left, right, top, bottom } = CHART;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const leftSeries = spec.series.filter((s) => !s.rightAxis);
    const rightSeries = spec.series.filter((s) => s.rightAxis);
    const maxX = Math.max(1, ...spec.series.flatMap((s) => s.points.map(([x]) => x)));
    const y = html_charts_scale([...leftSeries.flatMap((s) => s.points.map(([, v]) => v)), ...(spec.guides ?? []).map((g) => g.value)], 5, spec.integer);
    const y2 = html_charts_scale(rightSeries.flatMap((s) => s.points.map(([, v]) => v)), 5, true);
    const sx = (x) => left + (x / maxX) * plotW;
    const syFor = (axis) => (v) => top + plotH - (v / axis.max) * plotH;
    const sy = syFor(y);
    const sy2 = syFor(y2);
    const parts = [];
    parts.push(`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(spec.title)}" xmlns="http://www.w3.org/2000/svg">`);
    // Grid and y axis.
    for (const v of ticks(y.max, y.step)) {
        const py = f1(sy(v));
        parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${py}" y2="${py}"/>`);
        parts.push(`<text class="tick" x="${left - 6}" y="${py}" text-anchor="end" dy="0.32em">${format_formatNumber(v, 2)}</text>`);
    }
    parts.push(`<text class="axis-label" x="14" y="${top + plotH / 2}" transform="rotate(-90 14 ${top + plotH / 2})" text-anchor="middle">${escapeHtml(spec.unit)}</text>`);
    const rightUnit = rightSeries[0]?.rightAxis?.unit;
    if (rightUnit !== undefined) {
        for (const v of ticks(y2.max, y2.step)) {
            parts.push(`<text class="tick" x="${width - right + 6}" y="${f1(sy2(v))}" dy="0.32em" fill="${rightSeries[0].color}">${format_formatNumber(v, 2)}</text>`);
        }
        const rx = width - 10;
        parts.push(`<text class="axis-label" x="${rx}" y="${top + plotH / 2}" transform="rotate(90 ${rx} ${top + plotH / 2})" text-anchor="middle">${escapeHtml(rightUnit)}</text>`);
    }
    // X axis.
    const xScale = html_charts_scale([maxX], 8, true);
    for (const v of ticks(maxX, xScale.step)) {
        const x = f1(sx(v));
        parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${top + plotH}" y2="${top + plotH + 4}"/>`);
        parts.push(`<text class="tick" x="${x}" y="${top + plotH + 16}" text-anchor="middle">${format_formatNumber(v, 1)}</text>`);
    }
    parts.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}"/>`);
    parts.push(`<text class="axis-label" x="${left + plotW / 2}" y="${height - 4}" text-anchor="middle">seconds since start</text>`);
    if (spec.kind === 'bars') {
        const n = Math.max(1, ...spec.series.map((s) => s.points.length));
        const barW = Math.max(1, (plotW / n) * 0.7);
        for (const s of spec.series) {
            for (const [x, v] of s.points) {
                if (v <= 0)
                    continue;
                // A bar covers its one-second bucket, which ends at x.
                const bx = sx(x - 0.5) - barW / 2;
                parts.push(`<rect x="${f1(bx)}" y="${f1(sy(v))}" width="${f1(barW)}" height="${f1(sy(0) - sy(v))}" fill="${s.color}"><title>${escapeHtml(`${format_formatNumber(x)} s: ${format_formatNumber(v)} ${s.name}`)}</title></rect>`);
            }
        }
    }
    else {
        for (const s of spec.series) {
            if (s.points.length === 0)
                continue;
            const ys = s.rightAxis ? sy2 : sy;
            const d = s.points.map(([x, v], i) => `${i === 0 ? 'M' : 'L'}${f1(sx(x))} ${f1(ys(v))}`).join(' ');
            parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} stroke-linejoin="round"/>`);
            if (s.points.length === 1) {
                const [x, v] = s.points[0];
                parts.push(`<circle cx="${f1(sx(x))}" cy="${f1(ys(v))}" r="3" fill="${s.color}"/>`);
            }
        }
    }
    // Threshold guides, labels kept apart when the lines are close.
    let lastLabelY = -Infinity;
    for (const g of [...(spec.guides ?? [])].sort((a, b) => b.value - a.value)) {
        const py = sy(g.value);
        parts.push(`<line x1="${left}" x2="${width - right}" y1="${f1(py)}" y2="${f1(py)}" stroke="${g.color}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
        const labelY = Math.max(py - 4, lastLabelY + 13);
        lastLabelY = labelY;
        parts.push(`<text class="guide" x="${width - right - 4}" y="${f1(labelY)}" text-anchor="end" fill="${g.color}">${escapeHtml(g.label)}</text>`);
    }
    // Legend along the top.
    let lx = left;
    for (const s of spec.series) {
        parts.push(`<rect x="${lx}" y="10" width="12" height="12" rx="2" fill="${s.color}"/>`);
        parts.push(`<text class="legend" x="${lx + 17}" y="20">${escapeHtml(s.name)}</text>`);
        lx += 30 + s.name.length * 7;
    }
    parts.push('</svg>');
    return parts.join('');
}
function chartsSection(ctx) {
    const series = ctx.measurements.timeSeries;
    if (series.length === 0) {
        return '<section><h2>Over time</h2><p class="muted">No time series was recorded for this run.</p></section>';
    }
    const pt = (pick) => series.map((p) => [p.t, pick(p)]);
    const latencyGuides = ctx.evaluation.results
        .map((r) => r.threshold)
        .filter((t) => t.metric === 'http_req_duration' &&
        t.aggregation === 'p' &&
        t.relative === undefined &&
        Object.keys(t.tags).length === 0 &&
        [50, 95, 99].includes(t.percentile ?? -1))
        .map((t) => ({ value: t.limit, label: `p${t.percentile} limit ${format_formatMs(t.limit)}`, color: '#b42318' }));
    const latency = renderChart({
        title: 'Latency percentiles per second',
        unit: 'ms',
        kind: 'lines',
        series: [
            { name: 'p50', color: '#2e90fa', points: pt((p) => p.p50) },
            { name: 'p95', color: '#f79009', points: pt((p) => p.p95) },
            { name: 'p99', color: '#d92d20', points: pt((p) => p.p99) },
        ],
        guides: latencyGuides,
    });
    const throughput = renderChart({
        title: 'Requests per second',
        unit: 'req/s',
        kind: 'lines',
        series: [
            { name: 'requests/s', color: '#12b76a', points: pt((p) => p.requests) },
            {
                name: 'active VUs',
                color: '#7a5af8',
                points: pt((p) => p.vus),
                dashed: true,
                rightAxis: { unit: 'VUs' },
            },
        ],
    });
    const errors = renderChart({
        title: 'Failed requests per second',
        unit: 'errors/s',
        kind: 'bars',
        integer: true,
        series: [{ name: 'failed requests', color: '#d92d20', points: pt((p) => p.errors) }],
    });
    return [
        '<section><h2>Over time</h2>',
        `<figure><figcaption>Latency p50 / p95 / p99 (ms)</figcaption>${latency}</figure>`,
        `<figure><figcaption>Throughput (requests completed per second) and active VUs</figcaption>${throughput}</figure>`,
        `<figure><figcaption>Failed requests per second</figcaption>${errors}</figure>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/html/html-baseline.ts
/**
 * report.html's baseline section: where the baseline came from, the regressions,
 * canary beside baseline per endpoint, and the two runs' per-second p95 overlaid on
 * one time axis. Nothing without a baseline or a relative threshold.
 */




/** Canary and baseline colours, kept apart from the page's other series. */
const CANARY_COLOR = '#f79009';
const BASELINE_COLOR = '#1570ef';
function cell(s, show) {
    const side = (v) => (v === null ? '–' : show(v));
    const change = s.change === null ? '' : ` <span class="muted">(${changeText(s.change)})</span>`;
    return `<td class="num">${escapeHtml(side(s.canary))} / ${escapeHtml(side(s.baseline))}${change}</td>`;
}
function baselineHtmlSection(ctx) {
    const { baseline, evaluation, measurements } = ctx;
    if (!baseline && !evaluation.baseline)
        return '';
    const base = baselineMeasurements(baseline);
    if (!base) {
        const missing = missingText(evaluation, baseline) ?? 'No baseline could be had.';
        return `<section><h2>Compared with the baseline</h2><p class="muted">${escapeHtml(missing)}</p></section>`;
    }
    const origin = baseline.origin;
    const link = origin.runUrl
        ? ` (<a href="${escapeHtml(origin.runUrl)}">run ${escapeHtml(String(origin.runId ?? ''))}</a>)`
        : '';
    const regressions = regressionLines(evaluation);
    const rows = sideBySideRows(measurements, base).map((s) => `<tr><td>${escapeHtml(s.name)}</td>${cell(s.p50, format_formatMs)}${cell(s.p95, format_formatMs)}${cell(s.p99, format_formatMs)}` +
        `${cell(s.errorPercent, format_formatPercent)}${cell(s.rps, (v) => format_formatNumber(v, 1))}</tr>`);
    const chart = renderChart({
        title: 'p95 per second: canary and baseline',
        unit: 'ms',
        kind: 'lines',
        series: [
            { name: 'canary p95', color: CANARY_COLOR, points: measurements.timeSeries.map((p) => [p.t, p.p95]) },
            {
                name: 'baseline p95',
                color: BASELINE_COLOR,
                dashed: true,
                points: base.timeSeries.map((p) => [p.t, p.p95]),
            },
        ],
    });
    return [
        '<section class="baseline"><h2>Compared with the baseline</h2>',
        `<p>Baseline ${escapeHtml(originText(baseline))}${link}.</p>`,
        regressions.length > 0
            ? `<p><strong>Regressions:</strong></p><ul>${regressions.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
            : '',
        '<table><thead><tr><th>Endpoint</th><th>p50</th><th>p95</th><th>p99</th><th>Errors</th><th>req/s</th></tr></thead>',
        `<tbody>${rows.join('')}</tbody></table>`,
        '<p class="muted">Canary / baseline (change).</p>',
        `<figure><figcaption>p95 per second, canary and baseline (ms)</figcaption>${chart}</figure>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/error-breakdown.ts


/** How each error class is named in reports. */
const ERROR_CLASS_LABELS = {
    timeout: 'timeout',
    connection_refused: 'connection refused',
    connection_reset: 'connection reset',
    dns: 'DNS lookup failed',
    tls: 'TLS failed',
    http_4xx: 'HTTP 4xx',
    http_5xx: 'HTTP 5xx',
    unexpected_status: 'unexpected status',
    other: 'other',
};
/** Error classes with a count above zero, largest first (ties in the order of ERROR_CLASSES). */
function errorClassCounts(stats) {
    return ERROR_CLASSES.map((errorClass) => ({ errorClass, count: stats.errors[errorClass] ?? 0 }))
        .filter((entry) => entry.count > 0)
        .sort((a, b) => b.count - a.count);
}
/** Failures without a response by cause, most first; empty for results written before causes were kept. */
function errorCauseCounts(measurements) {
    return measurements.errorCauses ?? [];
}
/** `the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)`; the overflow row without a code. */
function causeText(entry) {
    return entry.cause === OTHER_CAUSES ? entry.description : `${entry.description} (${entry.cause})`;
}
/** Whether a response status counted as a failure: the endpoint's expect-status, or 200–399 by default. */
function isFailingStatus(status, expectStatus) {
    return expectStatus.length > 0 ? !expectStatus.includes(status) : status < 200 || status >= 400;
}
/**
 * Responses whose status counted as a failure, by status code (most first). Each
 * endpoint's counts are judged by that endpoint's rule; without per-endpoint data,
 * the run's counts are judged by the default rule.
 */
function failingStatuses(ctx) {
    const { measurements, settings } = ctx;
    const rules = new Map(settings.endpoints.map((e) => [e.name, e]));
    const byStatus = new Map();
    const add = (status, count, endpoint) => {
        let entry = byStatus.get(status);
        if (!entry) {
            entry = { status, count: 0, endpoints: [] };
            byStatus.set(status, entry);
        }
        entry.count += count;
        if (endpoint !== undefined)
            entry.endpoints.push({ name: endpoint, count });
    };
    const sources = measurements.endpoints.length > 0
        ? measurements.endpoints.map((e) => ({ stats: e, name: e.name }))
        : [{ stats: measurements.overall, name: undefined }];
    for (const { stats, name } of sources) {
        const expect = name === undefined ? [] : (rules.get(name)?.expectStatus ?? []);
        for (const [status, count] of Object.entries(stats.statusCounts)) {
            const code = Number(status);
            if (count > 0 && Number.isInteger(code) && isFailingStatus(code, expect))
                add(status, count, name);
        }
    }
    const list = [...byStatus.values()];
    for (const entry of list)
        entry.endpoints.sort((a, b) => b.count - a.count);
    return list.sort((a, b) => b.count - a.count || Number(a.status) - Number(b.status));
}

;// CONCATENATED MODULE: ./src/report/html/html-errors.ts
/** The page's error breakdown: by class, by cause for failures without a response, by failing status. */




function html_errors_table(header, numeric, rows) {
    const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
    const body = rows
        .map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
        .join('\n');
    return `<table><thead><tr>${th}</tr></thead>\n<tbody>${body}</tbody></table>`;
}
function errorSection(ctx) {
    const { overall } = ctx.measurements;
    if (overall.failed === 0) {
        return overall.requests > 0
            ? '<section><h2>Errors</h2><p class="muted">No request failed.</p></section>'
            : '';
    }
    const share = (count) => escapeHtml(format_formatPercent((count / overall.requests) * 100));
    const parts = [
        `<p>${escapeHtml(`${format_formatNumber(overall.failed)} of ${format_formatNumber(overall.requests)} requests failed (${format_formatPercent(errorPercent(overall))}).`)}</p>`,
        html_errors_table(['Error class', 'Requests', 'Share of requests'], [false, true, true], errorClassCounts(overall).map(({ errorClass, count }) => [
            escapeHtml(ERROR_CLASS_LABELS[errorClass]),
            escapeHtml(format_formatNumber(count)),
            share(count),
        ])),
    ];
    const causes = errorCauseCounts(ctx.measurements);
    if (causes.length > 0) {
        parts.push('<h3>Causes of failures without a response</h3>', html_errors_table(['Cause', 'What happened', 'Error class', 'Requests'], [false, false, false, true], causes.map((c) => [
            c.cause === OTHER_CAUSES ? escapeHtml(c.cause) : `<code>${escapeHtml(c.cause)}</code>`,
            escapeHtml(c.description),
            escapeHtml(ERROR_CLASS_LABELS[c.errorClass]),
            escapeHtml(format_formatNumber(c.count)),
        ])));
    }
    const statuses = failingStatuses(ctx);
    if (statuses.length > 0) {
        parts.push('<h3>Failing statuses</h3>', html_errors_table(['Status', 'Responses', 'Endpoints'], [false, true, false], statuses.map((s) => [
            escapeHtml(s.status),
            escapeHtml(format_formatNumber(s.count)),
            escapeHtml(s.endpoints.map((e) => `${e.name} (${format_formatNumber(e.count)})`).join(', ') || '–'),
        ])));
    }
    return `<section><h2>Errors</h2>\n${parts.join('\n')}</section>`;
}

;// CONCATENATED MODULE: ./src/metrics/drift.ts
/** A latency ratio (last tenth / first tenth) above this is reported as drift. */
const DRIFT_RATIO_LIMIT = 1.5;
function drift_median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function measureDrift(m) {
    const points = m.timeSeries.filter((point) => point.requests > 0);
    if (points.length < 2)
        return undefined;
    const tenth = Math.max(1, Math.floor(points.length / 10));
    const first = drift_median(points.slice(0, tenth).map((p) => p.p95));
    const last = drift_median(points.slice(-tenth).map((p) => p.p95));
    return {
        firstTenthP95: first,
        lastTenthP95: last,
        latencyRatio: first > 0 ? Math.round((last / first) * 100) / 100 : 1,
        rssFirstTenthMb: m.generator?.rssFirstTenthMb ?? 0,
        rssLastTenthMb: m.generator?.rssLastTenthMb ?? 0,
    };
}

;// CONCATENATED MODULE: ./src/slo/reachability.ts
/** The classes of failure that happen before the target's HTTP server sees a request. */
const CLIENT_SIDE_CLASSES = ['tls', 'dns', 'connection_refused'];
/** What to check, by cause first, then by class. */
const CAUSE_HINTS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'trust its CA with NODE_EXTRA_CA_CERTS, or check target-url',
    SELF_SIGNED_CERT_IN_CHAIN: 'trust its CA with NODE_EXTRA_CA_CERTS, or check target-url',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'trust its CA with NODE_EXTRA_CA_CERTS, or check target-url',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'trust its CA with NODE_EXTRA_CA_CERTS, or check target-url',
    UNABLE_TO_GET_ISSUER_CERT: 'trust its CA with NODE_EXTRA_CA_CERTS, or check target-url',
    CERT_HAS_EXPIRED: "renew the target's certificate, or check target-url",
    CERT_NOT_YET_VALID: "check the target's certificate and the runner's clock",
    ERR_TLS_CERT_ALTNAME_INVALID: 'check the host name in target-url',
    ERR_SSL_WRONG_VERSION_NUMBER: "check target-url's scheme (http or https) and port",
};
const CLASS_HINTS = {
    tls: "check target-url's scheme and port, and the target's certificate",
    dns: 'check the host name in target-url',
    connection_refused: 'check that the target is up and listening at the port of target-url',
};
function sum(counts) {
    return Object.values(counts).reduce((total, n) => total + n, 0);
}
/** The failures in words: the one cause, or the two largest with their counts. */
function describeFailures(causes, failed) {
    const [first, second] = causes;
    if (!first)
        return undefined;
    const text = (c) => `${c.description} (${c.cause})`;
    if (first.count === failed || !second)
        return text(first);
    return `${text(first)} for ${first.count} of ${failed} requests, ${text(second)} for ${second.count}`;
}
/**
 * Why the run could not judge the target, or undefined when it could. A pure
 * function of the measurements (whole run), so results.json can be re-judged.
 */
function unreachableReason(m) {
    const { overall } = m;
    const setup = m.traffic?.setup ?? null;
    // Any response, to a gated request or to a login, shows the target was reached.
    if (overall.succeeded > 0 || sum(overall.statusCounts) > 0)
        return undefined;
    if (setup && (setup.succeeded > 0 || sum(setup.statusCounts) > 0))
        return undefined;
    let failed;
    let clientSide;
    let mainClass;
    if (overall.requests > 0) {
        failed = overall.failed;
        clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + overall.errors[c], 0);
        mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) => (overall.errors[b] > overall.errors[a] ? b : a));
    }
    else if (setup && setup.requests > 0) {
        // No gated request was sent because every login failed: judge those.
        failed = setup.failed;
        clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + (setup.failures[c] ?? 0), 0);
        mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) => (setup.failures[b] ?? 0) > (setup.failures[a] ?? 0) ? b : a);
    }
    else {
        return undefined;
    }
    if (failed === 0 || clientSide !== failed)
        return undefined;
    const causes = overall.requests > 0 ? (m.errorCauses ?? []) : [];
    const what = describeFailures(causes, failed) ?? `every request failed (${mainClass})`;
    const top = causes[0];
    const hint = (top && CAUSE_HINTS[top.cause]) ?? CLASS_HINTS[top?.errorClass ?? mainClass];
    return `no request reached the target: ${what}${hint ? ` — ${hint}` : ''}`;
}

;// CONCATENATED MODULE: ./src/slo/types.ts
/**
 * Verdicts, from best to worst. `inconclusive`: the figures cannot judge the target (the
 * load generator was the bottleneck, the plan did not run to its end, a threshold or a
 * comparison with the baseline could not be decided); `Evaluation.reasons` says why.
 * `error`: the gate could not run (bad input), or ran but no request reached the target
 * (see reachability.ts).
 */
const VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive', 'error'];

;// CONCATENATED MODULE: ./src/slo/verdict.ts



/** No request reached the target (TLS trust, DNS, refused from the start): the gate, not the canary, is at fault. */
const unreachableTarget = (_thresholds, m) => {
    const reason = unreachableReason(m);
    return reason === undefined ? [] : [{ verdict: 'error', reason }];
};
/** The load generator, not the target, was the bottleneck: no figure can be trusted, a breach neither. */
const generatorBottleneck = (_thresholds, m) => (m.generator?.bottleneck ?? []).map((why) => ({
    verdict: 'inconclusive',
    reason: `the load generator, not the target, was the bottleneck: ${why}`,
}));
/** The load stopped before its plan ended (not by an abortOnFail breach, which fails). */
const partialPlan = (_thresholds, m) => {
    const plan = m.plan;
    if (plan === undefined || plan.completed || m.abortedBy !== undefined)
        return [];
    return [{ verdict: 'inconclusive', reason: describePlan(plan), unlessFail: true }];
};
/** A threshold the data cannot decide either way (e.g. a lower bound against an upper limit). */
const undecidedThresholds = (thresholds) => thresholds.results
    .filter((result) => result.status === 'inconclusive' && !result.threshold.relative)
    .map((result) => ({
    verdict: 'inconclusive',
    reason: `${result.threshold.source} cannot be decided${result.note ? `: ${result.note}` : ''}`,
    unlessFail: true,
}));
/** A comparison with the baseline that could not tell: how much longer a run would likely need. */
const undecidedComparisons = (thresholds) => comparisonReasons(thresholds.results).map((reason) => ({
    verdict: 'inconclusive',
    reason,
    unlessFail: true,
}));
const VERDICT_RULES = [
    unreachableTarget,
    generatorBottleneck,
    partialPlan,
    undecidedThresholds,
    undecidedComparisons,
];
/** The thresholds' evaluation with the final verdict and the reasons that shaped it. */
function decideVerdict(thresholds, measurements, rules = VERDICT_RULES) {
    const findings = rules
        .flatMap((rule) => rule(thresholds, measurements))
        .filter((finding) => !(finding.unlessFail && thresholds.verdict === 'fail'));
    let verdict = thresholds.verdict;
    for (const finding of findings)
        if (rank(finding.verdict) > rank(verdict))
            verdict = finding.verdict;
    return { ...thresholds, verdict, reasons: [...thresholds.reasons, ...findings.map((f) => f.reason)] };
}
function rank(verdict) {
    return VERDICTS.indexOf(verdict);
}
/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`. */
function describePlan(plan) {
    const ran = `ran ${seconds(plan.ranMs)} of a ${seconds(plan.plannedMs)} plan (${percent(plan.fraction)})`;
    return plan.stoppedBy ? `${ran}: ${plan.stoppedBy}` : ran;
}
function seconds(ms) {
    const s = ms / 1000;
    return `${s >= 10 && Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function percent(fraction) {
    const value = fraction * 100;
    return `${value >= 1 || value === 0 ? Math.round(value) : value.toFixed(1)} %`;
}

;// CONCATENATED MODULE: ./src/report/verdict-notes.ts


/** Why the verdict is what it is beyond the thresholds (slo/verdict.ts); empty when the thresholds decided alone. */
function verdictReasons(evaluation) {
    return evaluation.reasons;
}
/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)` when the plan did not run to its end; else undefined. */
function partialPlanNote(measurements) {
    const plan = measurements.plan;
    return plan && !plan.completed ? describePlan(plan) : undefined;
}
/** `320 req/s`, `at least 640 req/s`, or `0 req/s (the first step, 30 req/s, already broke)`. */
function capacityText(breakpoint) {
    if (breakpoint.steps.length === 0)
        return 'not measured (no step ran to its end)';
    if (breakpoint.capacityBound === 'at-least') {
        return `at least ${formatRps(breakpoint.capacityRps)} (no step broke)`;
    }
    if (breakpoint.capacityRps === 0) {
        return `0 req/s (the first step, ${formatRps(breakpoint.steps[0].rate)}, already broke)`;
    }
    return formatRps(breakpoint.capacityRps);
}
/** Said beside the step table: what part of each step its figures cover. */
const STEADY_PART_NOTE = 'Each step is judged on its steady part only (the "Judged" seconds): the seconds right after the rate changed are left out.';
/** A step's judged window, `0.5–1 s` (seconds since the start of the load). */
function judgedWindow(step) {
    const seconds = (ms) => Math.round(ms / 100) / 10;
    return `${seconds(step.judgedFromMs)}–${seconds(step.judgedToMs)} s`;
}

;// CONCATENATED MODULE: ./src/report/load-model-section.ts
/**
 * The report's account of how the load was generated and whether it can be trusted:
 * the open model's target and achieved rates, dropped requests and both latencies
 * (from the intended and from the actual send time), why the load stopped early, the
 * generator's self-check, the breakpoint steps and the soak drift. Lines of markdown,
 * also used for the job summary.
 */



/** p50, p95, p99 and max, or dashes when nothing was measured. Shared with report.html. */
function latencyCells(latency) {
    const ms = (value) => (latency.count > 0 ? format_formatMs(value) : '–');
    return [ms(latency.p50), ms(latency.p95), ms(latency.p99), ms(latency.max)];
}
/** The open model's rates, drops and concurrency as label/value pairs. Shared with report.html. */
function arrivalFacts(arrival) {
    const share = arrival.targetRps > 0 ? (arrival.achievedRps / arrival.targetRps) * 100 : 0;
    return [
        [
            'Target rate',
            `${formatRps(arrival.targetRps)} (${format_formatNumber(arrival.scheduled)} requests scheduled)`,
        ],
        [
            'Achieved rate',
            `${formatRps(arrival.achievedRps)} (${format_formatPercent(share)} of the target, ${format_formatNumber(arrival.sent)} sent)`,
        ],
        ['Dropped requests', format_formatNumber(arrival.dropped)],
        [
            'In flight',
            `peak ${format_formatNumber(arrival.peakInFlight)} of max-vus ${format_formatNumber(arrival.maxVus)}, over ${format_formatNumber(arrival.connections)} connections`,
        ],
    ];
}
/** A breakpoint step's figures: rate, achieved, requests, p95, errors, dropped, the seconds judged. Shared with report.html. */
function breakpointStepCells(step) {
    return [
        formatRps(step.rate),
        formatRps(step.achievedRps),
        format_formatNumber(step.requests),
        format_formatMs(step.p95),
        format_formatPercent(step.errorRate * 100),
        format_formatNumber(step.dropped),
        judgedWindow(step),
    ];
}
/** The generator's own figures in one line, without the judgement. Shared with report.html. */
function generatorFigures(health) {
    return (`Event-loop lag p99 ${format_formatMs(health.eventLoopLagP99Ms)} (max ${format_formatMs(health.eventLoopLagMaxMs)}) · ` +
        `CPU ${format_formatPercent(health.cpuPercent)} of one core · peak RSS ${format_formatNumber(health.peakRssMb, 1)} MB`);
}
/** Plain-text lines (no user text) saying what the run says about itself, for the findings. */
function loadModelNotes(ctx) {
    const m = ctx.measurements;
    const notes = [];
    if (m.abortedBy) {
        notes.push(`The load was stopped at ${formatElapsed(m.abortedBy.atMs)} because "${m.abortedBy.threshold}" failed at two evaluations in a row (abortOnFail).`);
    }
    if (m.arrival && m.arrival.dropped > 0) {
        notes.push(`${format_formatNumber(m.arrival.dropped)} of ${format_formatNumber(m.arrival.scheduled)} scheduled requests were dropped: ` +
            `all ${format_formatNumber(m.arrival.maxVus)} slots (max-vus) were busy until they had waited the request timeout.`);
    }
    if (m.breakpoint) {
        const bp = m.breakpoint;
        notes.push(bp.capacityBound === 'at-least' && bp.steps.length > 0
            ? `Capacity: at least ${formatRps(bp.capacityRps)}; every step held, so the knee lies above the staircase.`
            : bp.capacityRps > 0
                ? `Capacity: every SLO held up to ${formatRps(bp.capacityRps)}.`
                : `Capacity: ${capacityText(bp)}.`);
    }
    if (m.drift && m.drift.latencyRatio > DRIFT_RATIO_LIMIT) {
        notes.push(`Latency drifted over the soak: p95 ${format_formatMs(m.drift.firstTenthP95)} in the first tenth, ${format_formatMs(m.drift.lastTenthP95)} in the last (×${m.drift.latencyRatio}).`);
    }
    return notes;
}
function loadModelSection(ctx) {
    const m = ctx.measurements;
    const lines = [];
    const notes = loadModelNotes(ctx);
    if (notes.length > 0)
        lines.push('', '## How the run went', '', ...notes.map((note) => `- ${note}`));
    const arrival = m.arrival;
    if (arrival) {
        lines.push('', '### Arrival rate (open model)', '', '| | |', '| --- | --- |', ...arrivalFacts(arrival).map(([label, value]) => `| ${label} | ${value} |`), '', 'Latency is measured from the **intended** send time (corrected for coordinated omission); ' +
            'thresholds use it. The uncorrected figure, from the actual send, is shown for comparison: ' +
            'a large gap means requests queued behind a slow or stalled target.', '', '| Latency | p50 | p95 | p99 | max |', '| --- | ---: | ---: | ---: | ---: |', `| from the intended send (corrected) | ${latencyCells(m.overall.latency).join(' | ')} |`, `| from the actual send (uncorrected) | ${latencyCells(arrival.uncorrectedLatency).join(' | ')} |`);
    }
    const breakpoint = m.breakpoint;
    if (breakpoint && breakpoint.steps.length > 0) {
        lines.push('', '### Breakpoint steps', '', `Capacity (highest rate at which every SLO held): **${capacityText(breakpoint)}**. ` +
            'The verdict and the SLO table read the data of that step. ' +
            STEADY_PART_NOTE, '', '| Rate | Achieved | Requests | p95 | Errors | Dropped | Judged | Held |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...breakpoint.steps.map((step) => `| ${breakpointStepCells(step).join(' | ')} | ` +
            `${step.held ? '✅' : `❌ ${step.failed.length} SLO${step.failed.length === 1 ? '' : 's'} failed`} |`));
    }
    const drift = m.drift;
    if (drift) {
        lines.push('', '### Soak drift (first tenth against last tenth)', '', '| | first tenth | last tenth |', '| --- | ---: | ---: |', `| p95 latency (median of the seconds) | ${format_formatMs(drift.firstTenthP95)} | ${format_formatMs(drift.lastTenthP95)} |`, `| load generator memory (RSS) | ${format_formatNumber(drift.rssFirstTenthMb, 1)} MB | ${format_formatNumber(drift.rssLastTenthMb, 1)} MB |`);
    }
    const health = m.generator;
    if (health) {
        lines.push('', '### Load generator self-check', '', `${generatorFigures(health)} · ` +
            (health.bottleneck.length > 0
                ? '**the generator was the bottleneck** (verdict inconclusive).'
                : 'the generator kept up.'));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/html/html-sections.ts




const STATUS_LABELS = {
    pass: 'PASS',
    marginal: 'MARGINAL',
    fail: 'FAIL',
    inconclusive: 'INCONCLUSIVE',
};
function banner(ctx) {
    const { verdict, results } = ctx.evaluation;
    const count = (s) => results.filter((r) => r.status === s).length;
    const parts = [`${count('pass')} of ${results.length} SLOs met`];
    if (count('marginal'))
        parts.push(`${count('marginal')} marginal`);
    if (count('fail'))
        parts.push(`${count('fail')} failed`);
    const rollback = ctx.rollback
        ? '<span class="pill pill-fail">Rollback signalled</span>'
        : '<span class="pill">No rollback</span>';
    const partial = partialPlanNote(ctx.measurements);
    const stopped = ctx.measurements.stoppedEarly
        ? `<p class="stopped">Load stopped early: ${escapeHtml(ctx.measurements.stoppedEarly)}${partial ? ` (${escapeHtml(partial)})` : ''}</p>`
        : '';
    const reasons = verdictReasons(ctx.evaluation);
    const why = verdict === 'error'
        ? reasons.map((reason) => `<p class="stopped">Not judged: ${escapeHtml(reason)}.</p>`).join('')
        : reasons.length > 0
            ? `<ul class="reasons">${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`
            : '';
    return `<header class="banner verdict-${escapeHtml(verdict)}">
<div class="verdict-word">${VERDICT_LABELS[verdict]}</div>
<div class="verdict-detail"><div class="verdict-line">${escapeHtml(parts.join(' · '))} ${rollback}</div>
<div class="target">${escapeHtml(displayUrl(ctx.settings.targetUrl))}${ctx.settings.environment ? ` · environment <b>${escapeHtml(ctx.settings.environment)}</b>` : ''}</div>${stopped}${why}</div>
</header>`;
}
function keyFigures(ctx) {
    const o = ctx.measurements.overall;
    const cards = [
        ['Requests', format_formatNumber(o.requests)],
        ['Throughput', formatRps(o.rps)],
        ['Errors', `${format_formatPercent(errorPercent(o))} (${format_formatNumber(o.failed)})`],
        ['p50', format_formatMs(o.latency.p50)],
        ['p95', format_formatMs(o.latency.p95)],
        ['p99', format_formatMs(o.latency.p99)],
        ['Duration', `${format_formatNumber(ctx.measurements.durationMs / 1000, 1)} s`],
        ['Max VUs', format_formatNumber(ctx.measurements.maxVusReached)],
    ];
    return `<section class="cards">${cards
        .map(([label, value]) => `<div class="card"><div class="card-label">${escapeHtml(label)}</div><div class="card-value">${escapeHtml(value)}</div></div>`)
        .join('')}</section>`;
}
function sloTable(ctx) {
    if (ctx.evaluation.results.length === 0)
        return '<section><h2>SLOs</h2><p class="muted">No thresholds were set.</p></section>';
    const rows = ctx.evaluation.results.map((r) => `<tr class="row-${r.status}">
<td><span class="badge badge-${r.status}">${STATUS_LABELS[r.status]}</span></td>
<td><code>${escapeHtml(r.threshold.source)}</code><div class="origin">${escapeHtml(r.threshold.origin)}</div></td>
<td class="num">${escapeHtml(formatThresholdValue(r.threshold, r.actual))}</td>
<td class="num">${escapeHtml(formatCondition(r.threshold))}</td>
<td>${r.note ? escapeHtml(r.note) : ''}</td>
</tr>`);
    return `<section><h2>SLOs</h2>
<table><thead><tr><th>Status</th><th>Threshold</th><th class="num">Actual</th><th class="num">Limit</th><th>Note</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}
function endpointTable(ctx) {
    const rows = [
        ...ctx.measurements.endpoints.map((e) => ({
            label: e.name,
            detail: `${e.method} ${e.path}`,
            stats: e,
        })),
        { label: 'All endpoints', detail: '', stats: ctx.measurements.overall },
    ];
    const cells = rows.map(({ label, detail, stats }) => {
        const errorClass = stats.failed > 0 ? ' class="num has-errors"' : ' class="num"';
        return `<tr><td><b>${escapeHtml(label)}</b>${detail && detail !== label ? `<div class="origin">${escapeHtml(detail)}</div>` : ''}</td>
<td class="num">${format_formatNumber(stats.requests)}</td><td class="num">${escapeHtml(formatRps(stats.rps))}</td>
<td${errorClass}>${escapeHtml(format_formatPercent(errorPercent(stats)))}</td>
<td class="num">${escapeHtml(format_formatMs(stats.latency.p50))}</td><td class="num">${escapeHtml(format_formatMs(stats.latency.p95))}</td>
<td class="num">${escapeHtml(format_formatMs(stats.latency.p99))}</td><td class="num">${escapeHtml(format_formatMs(stats.latency.max))}</td>
<td>${escapeHtml(statusSummary(stats))}</td></tr>`;
    });
    return `<section><h2>Endpoints</h2>
<table><thead><tr><th>Endpoint</th><th class="num">Requests</th><th class="num">Throughput</th><th class="num">Errors</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th><th>Status codes / errors</th></tr></thead>
<tbody>${cells.join('\n')}</tbody></table></section>`;
}
function latencyRow(label, latency) {
    return `<tr><td>${escapeHtml(label)}</td>${latencyCells(latency)
        .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
        .join('')}</tr>`;
}
/**
 * How the load was generated and whether its figures can be trusted, as in report.md's
 * "How the run went": notes, the open model's rates and both latencies, the breakpoint
 * steps, the soak drift and the generator's self-check.
 */
function runSection(ctx) {
    const m = ctx.measurements;
    const parts = [];
    const notes = loadModelNotes(ctx);
    if (notes.length > 0)
        parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);
    const a = m.arrival;
    if (a) {
        const rows = arrivalFacts(a).map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td${label === 'Dropped requests' && a.dropped > 0 ? ' class="has-errors"' : ''}>${escapeHtml(value)}</td></tr>`);
        parts.push(`<h3>Arrival rate (open model)</h3>
<table class="settings"><tbody>
${rows.join('\n')}
</tbody></table>
<table><thead><tr><th>Latency</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th></tr></thead><tbody>
${latencyRow('from the intended send (corrected; thresholds use it)', m.overall.latency)}
${latencyRow('from the actual send (uncorrected)', a.uncorrectedLatency)}
</tbody></table>`);
    }
    const breakpoint = m.breakpoint;
    if (breakpoint && breakpoint.steps.length > 0) {
        const rows = breakpoint.steps.map((step) => `<tr class="row-${step.held ? 'pass' : 'fail'}">${breakpointStepCells(step)
            .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
            .join('')}` +
            `<td>${step.held ? 'held' : `${step.failed.length} SLO${step.failed.length === 1 ? '' : 's'} failed`}</td></tr>`);
        parts.push(`<h3>Breakpoint steps</h3>
<p>Capacity (highest rate at which every SLO held): <b>${escapeHtml(capacityText(breakpoint))}</b>. ${escapeHtml(STEADY_PART_NOTE)}</p>
<table><thead><tr><th class="num">Rate</th><th class="num">Achieved</th><th class="num">Requests</th><th class="num">p95</th><th class="num">Errors</th><th class="num">Dropped</th><th class="num">Judged</th><th>Held</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`);
    }
    const drift = m.drift;
    if (drift) {
        parts.push(`<h3>Soak drift (first tenth against last tenth)</h3>
<table class="settings"><tbody>
<tr><th>p95 latency</th><td>${escapeHtml(format_formatMs(drift.firstTenthP95))} → ${escapeHtml(format_formatMs(drift.lastTenthP95))}</td></tr>
<tr><th>Generator memory (RSS)</th><td>${escapeHtml(format_formatNumber(drift.rssFirstTenthMb, 1))} MB → ${escapeHtml(format_formatNumber(drift.rssLastTenthMb, 1))} MB</td></tr>
</tbody></table>`);
    }
    const g = m.generator;
    if (g) {
        const verdict = g.bottleneck.length > 0
            ? `<b class="has-errors">the generator was the bottleneck</b> (verdict inconclusive): ${escapeHtml(g.bottleneck.join('; '))}`
            : 'the generator kept up.';
        parts.push(`<h3>Load generator self-check</h3>
<p>${escapeHtml(generatorFigures(g))} · ${verdict}</p>`);
    }
    return parts.length === 0 ? '' : `<section><h2>How the run went</h2>\n${parts.join('\n')}</section>`;
}
function statusSummary(stats) {
    const codes = Object.entries(stats.statusCounts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, n]) => `${code}: ${format_formatNumber(n)}`);
    const errors = Object.entries(stats.errors)
        .filter(([cls, n]) => n > 0 && cls !== 'http_4xx' && cls !== 'http_5xx')
        .map(([cls, n]) => `${cls}: ${format_formatNumber(n)}`);
    return [...codes, ...errors].join(', ');
}
function settingsSection(ctx) {
    const s = ctx.settings;
    // Header values may be credentials: only their names are shown, anywhere in the page.
    const headerNames = [
        ...new Set([...Object.keys(s.headers), ...s.endpoints.flatMap((e) => Object.keys(e.headers))]),
    ];
    const rows = [
        ['Target', displayUrl(s.targetUrl)],
        ['Environment', s.environment ?? '—'],
        ['Config file', s.configPath ?? '—'],
        ['Load shape', describeStages(s.stages, stageUnit(s))],
        ['Request timeout', format_formatMs(s.timeoutMs)],
        ['Request mix', s.endpoints.map((e) => `${e.name} ×${format_formatNumber(e.weight, 2)}`).join(', ')],
        ['Headers sent', headerNames.length ? `${headerNames.join(', ')} (values not shown)` : '—'],
        ['Fail on breach', String(s.failOnBreach)],
        ['Auto rollback', String(s.autoRollback)],
    ];
    return `<section><h2>Run settings</h2><table class="settings"><tbody>${rows
        .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
        .join('')}</tbody></table></section>`;
}

;// CONCATENATED MODULE: ./src/report/html/html-report.ts
/**
 * report.html: one self-contained page (inline CSS, inline SVG charts, no script and
 * no network), so it opens the same from a downloaded artifact as from a file share.
 *
 * The charts are drawn here as plain SVG rather than with a chart library: a run has
 * at most a few thousand one-second points and three simple chart shapes, which a
 * hundred lines of SVG cover, while an inlined library would add hundreds of KB of
 * script to every artifact and need JavaScript enabled to show anything.
 */






const STYLE = `
:root{--fg:#101828;--muted:#667085;--line:#eaecf0;--bg:#f9fafb;--pass:#067647;--pass-bg:#ecfdf3;--marginal:#b54708;--marginal-bg:#fffaeb;--fail:#b42318;--fail-bg:#fef3f2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:18px;margin:0 0 16px;color:var(--muted);font-weight:600}
h2{font-size:16px;margin:28px 0 10px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 22px;border-radius:10px;border:1px solid}
.verdict-pass{background:var(--pass-bg);border-color:#abefc6;color:var(--pass)}
.verdict-marginal{background:var(--marginal-bg);border-color:#fedf89;color:var(--marginal)}
.verdict-fail,.verdict-error{background:var(--fail-bg);border-color:#fecdca;color:var(--fail)}
.verdict-word{font-size:34px;font-weight:800;letter-spacing:.04em}
.verdict-line{font-size:16px;font-weight:600}
.target{color:var(--fg);margin-top:4px;word-break:break-all}
.stopped{margin:6px 0 0;color:var(--marginal)}
.pill{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:999px;font-size:12px;font-weight:600;background:#f2f4f7;color:#344054;vertical-align:middle}
.pill-fail{background:var(--fail);color:#fff}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:10px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:18px;font-weight:700;margin-top:2px;white-space:nowrap}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#475467}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.has-errors{color:var(--fail);font-weight:600}
.origin{color:var(--muted);font-size:12px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.badge{display:inline-block;min-width:76px;text-align:center;padding:2px 8px;border-radius:6px;font-size:12px;font-weight:700}
.badge-pass{background:var(--pass-bg);color:var(--pass)}
.badge-marginal{background:var(--marginal-bg);color:var(--marginal)}
.badge-fail{background:var(--fail-bg);color:var(--fail)}
.badge-inconclusive{background:var(--bg);color:var(--muted)}
.reasons{margin:6px 0 0;padding-left:18px}
figure{margin:0 0 14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#eaecf0}
.chart .axis{stroke:#98a2b3}
.chart .tick{fill:#667085;font-size:11px}
.chart .axis-label{fill:#475467;font-size:11px}
.chart .legend{fill:#344054;font-size:12px}
.chart .guide{font-size:11px;font-weight:600}
.settings th{width:180px;color:#475467;font-weight:600;background:#fcfcfd}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
footer a{color:inherit}
`;
/** The whole page. Every piece of run data is escaped; header values never appear. */
function renderHtmlReport(ctx) {
    const title = `loadgate ${VERDICT_LABELS[ctx.evaluation.verdict]}: ${displayUrl(ctx.settings.targetUrl)}`;
    const runLink = ctx.runUrl ? ` · <a href="${escapeHtml(ctx.runUrl)}">workflow run</a>` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loadgate ${escapeHtml(ctx.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>loadgate performance gate</h1>
${banner(ctx)}
${keyFigures(ctx)}
${sloTable(ctx)}
${chartsSection(ctx)}
${baselineHtmlSection(ctx)}
${endpointTable(ctx)}
${errorSection(ctx)}
${runSection(ctx)}
${settingsSection(ctx)}
<footer>Generated ${escapeHtml(ctx.generatedAt)} by loadgate ${escapeHtml(ctx.toolVersion)} · load ran ${escapeHtml(ctx.measurements.startedAt)} – ${escapeHtml(ctx.measurements.finishedAt)}${runLink}</footer>
</main>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/report/junit-report.ts
/**
 * junit.xml: one test case per SLO threshold, so CI systems that read JUnit
 * (GitHub test reporters, GitLab, Jenkins, Buildkite) show the gate like a test run.
 *
 * - pass: a passing case;
 * - marginal: a passing case whose `<system-out>` says it is in the marginal band;
 * - fail: a case with `<failure>` giving the actual value against the limit.
 *
 * The document follows the common JUnit schema (the Jenkins xUnit plugin's junit-10.xsd,
 * which the tests validate against), so strict readers accept it as well as lenient ones.
 */




const JUNIT_CLASSNAME = 'loadgate.slo';
// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Escape text for XML content; attribute values also keep their line breaks and tabs. */
function escapeXml(text, attribute = false) {
    let out = text
        .replace(INVALID_XML_CHARS, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    if (attribute)
        out = out.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
    return out;
}
const attr = (name, value) => ` ${name}="${escapeXml(String(value), true)}"`;
function junit_report_seconds(ms) {
    return (Math.max(0, ms) / 1000).toFixed(3);
}
function failureMessage(result) {
    // A relative threshold: the change against the baseline and its interval.
    const regression = result.threshold.relative
        ? regressionsOf([result]).map((r) => regressionText(r, result.threshold))[0]
        : undefined;
    if (regression)
        return `${regression} against the baseline (limit ${formatCondition(result.threshold)})`;
    return `actual ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`;
}
function testcase(result) {
    const t = result.threshold;
    const open = `    <testcase${attr('name', t.source)}${attr('classname', JUNIT_CLASSNAME)}${attr('time', '0')}>`;
    const detail = [
        `threshold: ${t.source}`,
        `from: ${t.origin}`,
        `actual: ${formatThresholdValue(t, result.actual)}`,
        `limit: ${formatCondition(t)}`,
        ...(result.note ? [`note: ${result.note}`] : []),
    ].join('\n');
    if (result.status === 'fail') {
        return `${open}\n      <failure${attr('message', failureMessage(result))}${attr('type', 'SLOBreach')}>${escapeXml(detail)}</failure>\n    </testcase>`;
    }
    if (result.status === 'inconclusive') {
        return `${open}\n      <skipped${attr('message', `cannot be decided: ${result.note ?? t.source}`)}/>\n      <system-out>${escapeXml(detail)}</system-out>\n    </testcase>`;
    }
    if (result.status === 'marginal') {
        const note = `MARGINAL: ${failureMessage(result)}; within the marginal band, counted as passed.\n${detail}`;
        return `${open}\n      <system-out>${escapeXml(note)}</system-out>\n    </testcase>`;
    }
    return `${open}</testcase>`;
}
function renderJunitReport(ctx) {
    const results = ctx.evaluation.results;
    const failures = results.filter((r) => r.status === 'fail').length;
    const time = junit_report_seconds(ctx.measurements.durationMs);
    const suiteName = `loadgate SLOs: ${displayUrl(ctx.settings.targetUrl)}${ctx.settings.environment ? ` (${ctx.settings.environment})` : ''}`;
    const skipped = results.filter((r) => r.status === 'inconclusive').length;
    const counts = `${attr('tests', results.length)}${attr('failures', failures)}${attr('errors', 0)}`;
    const properties = [
        ['verdict', ctx.evaluation.verdict],
        ...ctx.evaluation.reasons.map((reason) => ['verdict.reason', reason]),
        ['rollback', String(ctx.rollback)],
        ['target', displayUrl(ctx.settings.targetUrl)],
        ...(ctx.settings.environment ? [['environment', ctx.settings.environment]] : []),
        ['tool.version', ctx.toolVersion],
        ...(ctx.runUrl ? [['run.url', ctx.runUrl]] : []),
    ].map(([name, value]) => `      <property${attr('name', name ?? '')}${attr('value', value ?? '')}/>`);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        // The common JUnit schema allows `skipped` on a suite, not on `testsuites`.
        `<testsuites${attr('name', 'loadgate')}${counts}${attr('time', time)}>`,
        `  <testsuite${attr('name', suiteName)}${counts}${attr('skipped', skipped)}${attr('time', time)}${attr('timestamp', ctx.measurements.startedAt)}>`,
        '    <properties>',
        ...properties,
        '    </properties>',
        ...results.map(testcase),
    ];
    // One system-err per suite (the JUnit schema allows one): why the verdict is what it is, why it stopped.
    const partial = partialPlanNote(ctx.measurements);
    const notes = [
        ...verdictReasons(ctx.evaluation).map((reason) => `${ctx.evaluation.verdict === 'error' ? 'Not judged' : `Verdict ${ctx.evaluation.verdict}`}: ${reason}`),
        ...(ctx.measurements.stoppedEarly
            ? [`Load stopped early: ${ctx.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}`]
            : []),
    ];
    if (notes.length > 0)
        lines.push(`    <system-err>${escapeXml(notes.join('\n'))}</system-err>`);
    lines.push('  </testsuite>', '</testsuites>', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/prometheus-metrics.ts
/** The value of `loadgate_slo_status` for each threshold status (-1: the data cannot decide it). */
const SLO_STATUS_VALUE = {
    pass: 1,
    marginal: 0.5,
    fail: 0,
    inconclusive: -1,
};
/** The latency quantiles of `loadgate_request_duration_seconds`, as fractions. */
const LATENCY_QUANTILES = [
    { quantile: '0.5', key: 'p50' },
    { quantile: '0.9', key: 'p90' },
    { quantile: '0.95', key: 'p95' },
    { quantile: '0.99', key: 'p99' },
];
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** A valid label name from any text: other characters become `_`; a leading digit gets a `_` before it. */
function sanitizeLabelName(name) {
    let out = name.replace(/[^a-zA-Z0-9_]/g, '_');
    if (!/^[a-zA-Z_]/.test(out))
        out = `_${out}`;
    // Names starting with `__` are reserved for Prometheus itself.
    if (out.startsWith('__'))
        out = `x${out}`;
    return LABEL_NAME.test(out) ? out : 'label';
}
/** Escape a label value: backslash, double quote and line feed. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** Escape HELP text: backslash and line feed. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatSampleValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
function labelSet(labels) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return '';
    return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}
/** Valid, non-empty labels only: names sanitized, undefined or empty values dropped. */
function cleanLabels(labels) {
    const out = {};
    for (const [name, value] of Object.entries(labels)) {
        if (value === undefined || value === '')
            continue;
        out[sanitizeLabelName(name)] = value;
    }
    return out;
}
/** Milliseconds to seconds, rounded to the microsecond the histograms resolve (no float noise like 0.15692699999999998). */
const msToSeconds = (value) => Math.round(value * 1000) / 1e6;
/**
 * Render the exposition text. `labels` (e.g. `{ environment: 'staging' }`) go on every
 * sample; names are sanitized, undefined or empty values dropped.
 */
function renderPrometheusMetrics(ctx, labels = {}, run = {}) {
    const common = cleanLabels(labels);
    const o = ctx.measurements.overall;
    const one = (value) => [{ labels: common, value }];
    const seen = new Map();
    const statusSamples = ctx.evaluation.results.map((r) => {
        const n = (seen.get(r.threshold.source) ?? 0) + 1;
        seen.set(r.threshold.source, n);
        const threshold = n === 1 ? r.threshold.source : `${r.threshold.source} #${n}`;
        return { labels: { ...common, threshold }, value: SLO_STATUS_VALUE[r.status] };
    });
    const verdict = ctx.evaluation.verdict;
    const finished = Date.parse(ctx.measurements.finishedAt);
    const families = [
        {
            name: 'loadgate_request_duration_seconds',
            help: 'Request latency over the run, in seconds.',
            type: 'summary',
            samples: [
                ...LATENCY_QUANTILES.map(({ quantile, key }) => ({
                    labels: { ...common, quantile },
                    value: msToSeconds(o.latency[key]),
                })),
                { suffix: '_sum', labels: common, value: msToSeconds(o.latency.mean * o.latency.count) },
                { suffix: '_count', labels: common, value: o.latency.count },
            ],
        },
        {
            name: 'loadgate_requests_total',
            help: 'Requests completed during the run, successful or not.',
            type: 'counter',
            samples: one(o.requests),
        },
        {
            name: 'loadgate_failed_requests_total',
            help: 'Requests that failed during the run (an error or a status the gate counts as failed).',
            type: 'counter',
            samples: one(o.failed),
        },
        {
            name: 'loadgate_error_ratio',
            help: 'Failed requests as a fraction of all requests, 0 to 1.',
            type: 'gauge',
            samples: one(o.requests > 0 ? o.failed / o.requests : 0),
        },
        {
            name: 'loadgate_throughput_requests_per_second',
            help: 'Completed requests per second over the run.',
            type: 'gauge',
            samples: one(o.rps),
        },
        {
            name: 'loadgate_run_duration_seconds',
            help: 'Wall time the load ran, in seconds.',
            type: 'gauge',
            samples: one(msToSeconds(ctx.measurements.durationMs)),
        },
        {
            name: 'loadgate_run_finished_timestamp_seconds',
            help: 'When the load ended, in seconds since the Unix epoch.',
            type: 'gauge',
            samples: Number.isFinite(finished) ? one(finished / 1000) : [],
        },
        {
            name: 'loadgate_slo_passed',
            help: 'Gate verdict: 1 for pass or marginal, 0 otherwise.',
            type: 'gauge',
            samples: one(verdict === 'pass' || verdict === 'marginal' ? 1 : 0),
        },
        {
            name: 'loadgate_rollback',
            help: '1 when the gate signalled a rollback, else 0.',
            type: 'gauge',
            samples: one(ctx.rollback ? 1 : 0),
        },
        {
            name: 'loadgate_slo_status',
            help: 'Status of each SLO threshold: 1 pass, 0.5 marginal, 0 fail.',
            type: 'gauge',
            samples: statusSamples,
        },
        {
            name: 'loadgate_run_info',
            help: 'Always 1; the labels say which run and verdict the other figures belong to.',
            type: 'gauge',
            samples: [
                {
                    labels: { ...common, ...cleanLabels({ verdict, version: ctx.toolVersion, run_id: run.runId }) },
                    value: 1,
                },
            ],
        },
    ];
    const lines = [];
    for (const family of families) {
        if (family.samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
        lines.push(`# TYPE ${family.name} ${family.type}`);
        for (const sample of family.samples) {
            const name = `${family.name}${sample.suffix ?? ''}`;
            lines.push(`${name}${labelSet(sample.labels)} ${formatSampleValue(sample.value)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/report-bundle.ts
/**
 * The report bundle: the files written beside report.md and results.json, and the
 * list of everything that makes up the artifact.
 */






/** Files the bundle writes. */
const BUNDLE_FILES = ['report.html', 'junit.xml', 'metrics.prom', 'histograms.json'];
/** Files the gate itself writes into the same directory. */
const GATE_FILES = ['report.md', 'results.json'];
/** The encoded HDR histograms of the run, so other tools can merge runs or recompute percentiles. */
function buildHistogramsDocument(ctx) {
    return {
        format: 'hdr-histogram-compressed-base64',
        unit: 'microseconds',
        significantDigits: 3,
        overall: ctx.measurements.overall.histogram,
        endpoints: ctx.measurements.endpoints.map((e) => ({
            name: e.name,
            method: e.method,
            path: e.path,
            histogram: e.histogram,
        })),
    };
}
/**
 * Write report.html, junit.xml, metrics.prom and histograms.json into `dir` (created
 * if needed). Returns the absolute paths of the whole bundle: report.md and
 * results.json first when they are in `dir`, then the four files written here.
 */
async function writeReportBundle(ctx, dir, options = {}) {
    const root = external_node_path_default().resolve(dir);
    await (0,promises_.mkdir)(root, { recursive: true });
    const labels = options.prometheusLabels ?? {
        target: displayUrl(ctx.settings.targetUrl),
        environment: ctx.settings.environment,
    };
    const contents = {
        'report.html': renderHtmlReport(ctx),
        'junit.xml': renderJunitReport(ctx),
        'metrics.prom': renderPrometheusMetrics(ctx, labels),
        'histograms.json': `${JSON.stringify(buildHistogramsDocument(ctx), null, 2)}\n`,
    };
    for (const name of BUNDLE_FILES)
        await (0,promises_.writeFile)(external_node_path_default().join(root, name), contents[name]);
    const present = [];
    for (const name of GATE_FILES) {
        const file = external_node_path_default().join(root, name);
        try {
            await (0,promises_.access)(file);
            present.push(file);
        }
        catch {
            // The gate did not write it (e.g. a render-only call): leave it out of the bundle.
        }
    }
    return [...present, ...BUNDLE_FILES.map((name) => external_node_path_default().join(root, name))];
}

;// CONCATENATED MODULE: ./src/report/findings.ts
/**
 * Short findings drawn from the measurements, for the top of the report: one sentence
 * each, with its figures, and only what the data shows. Patterns need enough data to
 * mean anything (see the minimums below); below them nothing is said.
 */





/** Fewer failed requests than this are too few to say where errors concentrate. */
const MIN_ERRORS_FOR_PATTERNS = 5;
/** Below this many latency samples p99 is close to the maximum, so a tail says little. */
const MIN_SAMPLES_FOR_TAIL = 100;
/** p99 above this many times p95 is called a long tail. */
const LONG_TAIL_RATIO = 3;
/** Share of all errors above which they are said to come from one endpoint. */
const ERROR_CONCENTRATION = 0.5;
/** … and whose error rate is at least this many times that of the other endpoints. */
const ERROR_RATE_CONTRAST = 2;
/** An endpoint whose p95 is this many times the typical p95 of the others is called much slower … */
const SLOW_ENDPOINT_RATIO = 3;
/** … when it is also this many ms slower (tiny latencies differ by large ratios for no reason). */
const SLOW_ENDPOINT_MIN_GAP_MS = 5;
/** Latency samples an endpoint needs to be compared with the others. */
const MIN_SAMPLES_PER_ENDPOINT = 20;
/** Throughput below this share of what a threshold asks is called well below. */
const LOW_THROUGHPUT_SHARE = 0.8;
/** Share of the failed requests above which they are said to have one cause. */
const SHARED_CAUSE_SHARE = 0.8;
const CONNECTION_CLASSES = new Set([
    'connection_refused',
    'connection_reset',
    'dns',
    'tls',
]);
/** Classes whose own finding says no more than their cause does: with a cause sentence it is left out. */
const SAID_BY_CAUSE = new Set(['dns', 'tls', 'other']);
function findings_count(n, one, many = `${one}s`) {
    return `${format_formatNumber(n)} ${n === 1 ? one : many}`;
}
function findings_median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** `503 × 40, 500 × 2` for the failing statuses in a range. */
function statusList(ctx, from, to) {
    const statuses = failingStatuses(ctx).filter((s) => Number(s.status) >= from && Number(s.status) <= to);
    const shown = statuses.slice(0, 3).map((s) => `${s.status} × ${format_formatNumber(s.count)}`);
    if (statuses.length > 3)
        shown.push(`${statuses.length - 3} more`);
    return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}
function oneClassFinding(ctx, errorClass, n) {
    const all = n === 1 ? 'The one error was' : `All ${format_formatNumber(n)} errors were`;
    switch (errorClass) {
        case 'timeout':
            return `${all} timeouts (after ${formatDuration(ctx.settings.timeoutMs)}): the timeout may be too low for this target, or the target is overloaded.`;
        case 'connection_refused':
            return `${all} refused connections: nothing accepted connections at the target, which may be down or listening on another port.`;
        case 'connection_reset':
            return `${all} connections reset mid-request: the target or a proxy in front of it dropped them, as happens when it restarts or runs out of workers.`;
        case 'dns':
            return `${all} DNS lookup failures: the target's host name did not resolve.`;
        case 'tls':
            return `${all} TLS failures: the handshake or the certificate check failed.`;
        case 'http_5xx':
            return `${all} 5xx responses${statusList(ctx, 500, 599)}: the target failed on its side under this load.`;
        case 'http_4xx':
            return `${all} 4xx responses${statusList(ctx, 400, 499)}: check the endpoints' paths, bodies and credentials.`;
        case 'unexpected_status':
            return `${all} responses with an unexpected status${statusList(ctx, 0, 999)}: check the endpoints' expect-status.`;
        case 'other':
            return `${all} of no known class: see results.json for the status counts.`;
    }
}
/** The cause most failed requests share: all of them, or SHARED_CAUSE_SHARE with enough failures. */
function sharedCause(ctx) {
    const { overall } = ctx.measurements;
    const [top] = errorCauseCounts(ctx.measurements);
    if (!top || top.cause === OTHER_CAUSES || overall.failed === 0)
        return undefined;
    if (top.count === overall.failed)
        return top;
    return overall.failed >= MIN_ERRORS_FOR_PATTERNS && top.count >= SHARED_CAUSE_SHARE * overall.failed
        ? top
        : undefined;
}
function errorFindings(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const out = [];
    const classes = errorClassCounts(overall);
    const cause = sharedCause(ctx);
    const causeOfAll = cause !== undefined && cause.count === overall.failed;
    if (overall.failed === overall.requests && causeOfAll) {
        const all = overall.failed === 1 ? 'The one request' : `All ${format_formatNumber(overall.failed)} requests`;
        out.push(`${all} failed: ${causeText(cause)}.`);
    }
    else if (overall.failed === overall.requests) {
        const connection = classes.length > 0 && classes.every((c) => CONNECTION_CLASSES.has(c.errorClass));
        out.push(`Every request failed (${format_formatNumber(overall.failed)} of ${format_formatNumber(overall.requests)})` +
            (connection ? ', all at the connection: the target looks unreachable.' : '.'));
    }
    if (cause && !(overall.failed === overall.requests && causeOfAll) && SAID_BY_CAUSE.has(cause.errorClass)) {
        out.push(causeOfAll
            ? `All ${findings_count(overall.failed, 'failed request')} had one cause: ${causeText(cause)}.`
            : `${format_formatPercent((cause.count / overall.failed) * 100)} of the failed requests (${format_formatNumber(cause.count)} of ` +
                `${format_formatNumber(overall.failed)}) had one cause: ${causeText(cause)}.`);
    }
    const [top] = classes;
    if (overall.failed >= MIN_ERRORS_FOR_PATTERNS &&
        classes.length === 1 &&
        top &&
        top.count === overall.failed &&
        !(causeOfAll && SAID_BY_CAUSE.has(top.errorClass))) {
        out.push(oneClassFinding(ctx, top.errorClass, top.count));
    }
    if (overall.failed >= MIN_ERRORS_FOR_PATTERNS && endpoints.length > 1) {
        const worst = [...endpoints].sort((a, b) => b.failed - a.failed)[0];
        const restRequests = worst ? overall.requests - worst.requests : 0;
        const restRate = worst && restRequests > 0 ? (overall.failed - worst.failed) / restRequests : 0;
        // Most errors from the endpoint that gets most requests is no concentration: its rate must stand out too.
        if (worst &&
            worst.failed / overall.failed > ERROR_CONCENTRATION &&
            errorPercent(worst) / 100 >= ERROR_RATE_CONTRAST * restRate) {
            const rest = restRequests > 0 ? ` against ${format_formatPercent(restRate * 100)} for the other endpoints` : '';
            out.push(`${format_formatPercent((worst.failed / overall.failed) * 100)} of the errors (${format_formatNumber(worst.failed)} of ` +
                `${format_formatNumber(overall.failed)}) came from ${worst.name}, whose error rate was ` +
                `${format_formatPercent(errorPercent(worst))}${rest}.`);
        }
    }
    return out;
}
function throughputFindings(ctx) {
    const { measurements, evaluation } = ctx;
    const out = [];
    for (const result of evaluation.results) {
        const t = result.threshold;
        if (t.metric !== 'http_reqs' || t.aggregation !== 'rate' || result.actual === null)
            continue;
        if (t.relative)
            continue;
        if ((t.operator !== '>' && t.operator !== '>=') || t.limit <= 0)
            continue;
        if (result.actual >= t.limit * LOW_THROUGHPUT_SHARE)
            continue;
        const scope = t.tags.endpoint === undefined ? '' : ` for ${t.tags.endpoint}`;
        let sentence = `Throughput${scope} was ${formatRps(result.actual)}, ${format_formatPercent((1 - result.actual / t.limit) * 100)} ` +
            `below the ${formatRps(t.limit)} that "${t.source}" asks`;
        // A closed model cannot go faster than VUs ÷ latency (Little's law).
        const { mean } = measurements.overall.latency;
        const vus = measurements.maxVusReached;
        if (ctx.settings.model !== 'open' && t.tags.endpoint === undefined && mean > 0 && vus > 0) {
            const ceiling = (vus * 1000) / mean;
            if (ceiling < t.limit) {
                sentence +=
                    `; ${findings_count(vus, 'VU')} at a mean latency of ${format_formatMs(mean)} can send at most about ` +
                        `${formatRps(ceiling)}, so more VUs are needed to reach it`;
            }
        }
        out.push(`${sentence}.`);
    }
    return out;
}
function latencyFindings(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const out = [];
    const { p95, p99, count: samples } = overall.latency;
    if (samples >= MIN_SAMPLES_FOR_TAIL && p95 > 0 && p99 > LONG_TAIL_RATIO * p95) {
        out.push(`p99 (${format_formatMs(p99)}) is ${format_formatNumber(p99 / p95, 1)}× p95 (${format_formatMs(p95)}): a long tail, ` +
            `where about 1 request in 100 is far slower than the rest.`);
    }
    const measured = endpoints.filter((e) => e.latency.count >= MIN_SAMPLES_PER_ENDPOINT);
    if (measured.length >= 2) {
        const slowest = [...measured].sort((a, b) => b.latency.p95 - a.latency.p95)[0];
        const typical = findings_median(measured.filter((e) => e !== slowest).map((e) => e.latency.p95));
        const slow = slowest.latency.p95;
        if (typical > 0 && slow >= SLOW_ENDPOINT_RATIO * typical && slow - typical >= SLOW_ENDPOINT_MIN_GAP_MS) {
            const others = measured.length === 2 ? 'the other endpoint' : `the median of the other ${measured.length - 1}`;
            out.push(`${slowest.name} is much slower than the other endpoints: p95 ${format_formatMs(slow)} against ${format_formatMs(typical)} ` +
                `for ${others} (${format_formatNumber(slow / typical, 1)}×).`);
        }
    }
    return out;
}
/** Findings for the top of the report, most important first; empty when nothing stands out. */
function deriveFindings(ctx) {
    const { measurements, settings } = ctx;
    const findings = [];
    if (measurements.stoppedEarly) {
        findings.push(`The load stopped early (${measurements.stoppedEarly}) after ${formatElapsed(measurements.durationMs)} of ` +
            `the planned ${formatDuration(plannedDurationMs(settings.stages))}; the figures cover that part only.`);
    }
    if (measurements.overall.requests === 0) {
        const judged = ctx.evaluation.results.length > 0 ? ', and every threshold fails for lack of data' : '';
        findings.push(`No requests completed in ${formatElapsed(measurements.durationMs)}, so nothing was measured: ` +
            `the target may be unreachable${judged}.`);
        return [...findings, ...trafficFindings(ctx)];
    }
    return [
        ...findings,
        ...trafficFindings(ctx),
        ...errorFindings(ctx),
        ...throughputFindings(ctx),
        ...latencyFindings(ctx),
    ];
}

;// CONCATENATED MODULE: ./src/report/baseline-section.ts



const baseline_section_row = (cells) => `| ${cells.join(' | ')} |`;
function figure(s, show) {
    const side = (v) => (v === null ? '–' : show(v));
    const change = s.change === null ? '' : ` (${changeText(s.change)})`;
    return `${side(s.canary)} / ${side(s.baseline)}${change}`;
}
function intervalText(r) {
    const j = r.comparison?.judge;
    if (!j || j.lower === null || j.upper === null)
        return '–';
    const show = (v) => j.form === 'ratio' ? changeText(v) : formatThresholdValue(r.threshold, v).replace(/^(?=\d)/, '+');
    return `${show(j.lower)} to ${show(j.upper)} (${format_formatNumber(j.confidence * 100)} %)`;
}
function estimateText(r) {
    const j = r.comparison?.judge;
    if (j && j.estimate !== null) {
        return j.form === 'ratio' ? changeText(j.estimate) : formatThresholdValue(r.threshold, j.estimate);
    }
    return changeText(r.comparison?.change ?? null);
}
function comparisonTable(results) {
    const relative = results.filter((r) => r.threshold.relative);
    if (relative.length === 0)
        return [];
    const rows = relative.map((r) => {
        const c = r.comparison;
        const j = c?.judge;
        return baseline_section_row([
            codeSpan(r.threshold.source),
            formatThresholdValue(r.threshold, r.actual),
            formatThresholdValue(r.threshold, c?.baseline ?? null),
            estimateText(r),
            intervalText(r),
            j ? (j.significant ? 'yes' : 'no') : '–',
            `${STATUS_ICONS[r.status]} ${r.status}`,
        ]);
    });
    return [
        '',
        '### Relative thresholds',
        '',
        baseline_section_row(['Threshold', 'Canary', 'Baseline', 'Change', 'Interval', 'Significant', 'Status']),
        baseline_section_row(['---', '---:', '---:', '---:', '---:', '---', '---']),
        ...rows,
    ];
}
/** The section, or nothing when the run had no baseline and no relative threshold. */
function baselineSection(ctx) {
    const { baseline, evaluation, measurements } = ctx;
    if (!baseline && !evaluation.baseline)
        return [];
    const lines = ['', '## Compared with the baseline', ''];
    const missing = missingBaseline(evaluation, baseline);
    const base = baselineMeasurements(baseline);
    if (!base) {
        const from = missing?.origin ? ` (${markdownText(missing.origin)})` : '';
        const why = missing ? `: ${markdownText(missing.why)}; ${missing.effect}.` : ' could be had.';
        lines.push(`> [!WARNING]`, `> No baseline${from}${why}`);
        return lines;
    }
    const origin = baseline.origin;
    const link = origin.runUrl ? ` ([run ${origin.runId ?? ''}](${encodeURI(origin.runUrl)}))` : '';
    lines.push(`Baseline ${markdownText(originText(baseline))}${link}.`);
    const regressions = regressionLines(evaluation);
    if (regressions.length > 0) {
        lines.push('', '**Regressions:**', '', ...regressions.map((r) => `- ${markdownText(r)}`));
    }
    else if (evaluation.results.some((r) => r.threshold.relative)) {
        lines.push('', 'No relative threshold failed.');
    }
    const sides = sideBySideRows(measurements, base).map((s) => baseline_section_row([
        s.name === 'Total' ? '**Total**' : markdownText(s.name),
        figure(s.p50, format_formatMs),
        figure(s.p95, format_formatMs),
        figure(s.p99, format_formatMs),
        figure(s.errorPercent, format_formatPercent),
        figure(s.rps, (v) => format_formatNumber(v, 1)),
    ]));
    lines.push('', 'Canary / baseline (change):', '', baseline_section_row(['Endpoint', 'p50', 'p95', 'p99', 'Errors', 'req/s']), baseline_section_row(['---', '---:', '---:', '---:', '---:', '---:']), ...sides, ...comparisonTable(evaluation.results));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/markdown-report.ts










/** Rows a table shows at most; the rest is counted in a line below it. */
const MAX_TABLE_ROWS = 250;
function markdown_report_table(header, align, rows, options = {}) {
    const row = (cells) => `| ${cells.join(' | ')} |`;
    const lines = [
        row(header),
        row(align.map((a) => (a === 'r' ? '---:' : '---'))),
        ...rows.slice(0, MAX_TABLE_ROWS).map(row),
        ...(options.last ? [row(options.last)] : []),
    ];
    if (rows.length > MAX_TABLE_ROWS) {
        const more = `${format_formatNumber(rows.length - MAX_TABLE_ROWS)} more ${options.rowsAre ?? 'rows'}`;
        lines.push('', `…and ${more}, in results.json.`);
    }
    return lines;
}
/** A URL for a markdown link target: percent-encoded, parentheses included. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function sloCount(results) {
    const total = results.length;
    if (total === 0)
        return 'no thresholds were set';
    const failed = results.filter((r) => r.status === 'fail').length;
    const marginal = results.filter((r) => r.status === 'marginal').length;
    const inconclusive = results.filter((r) => r.status === 'inconclusive').length;
    if (failed > 0)
        return `${failed} of ${total} SLOs failed`;
    if (inconclusive > 0)
        return `${inconclusive} of ${total} SLOs inconclusive against the baseline`;
    if (marginal > 0)
        return `${marginal} of ${total} SLOs marginal`;
    return total === 1 ? 'the SLO was met' : `all ${total} SLOs met`;
}
function headline(ctx) {
    const { evaluation, measurements, settings } = ctx;
    const { overall } = measurements;
    const where = settings.environment ? ` on ${markdownText(settings.environment)}` : '';
    const p95 = overall.latency.count > 0 ? format_formatMs(overall.latency.p95) : 'no data';
    const lines = [
        `# ${VERDICT_ICONS[evaluation.verdict]} ${VERDICT_LABELS[evaluation.verdict]}: performance gate${where}`,
        '',
        `**${format_formatNumber(overall.requests)}** requests in ${formatElapsed(measurements.durationMs)} ` +
            `(**${format_formatNumber(overall.rps, 1)}** req/s) · p95 **${p95}** · ` +
            `errors **${format_formatPercent(errorPercent(overall))}** · ${sloCount(evaluation.results)}`,
    ];
    const reasons = verdictReasons(evaluation);
    if (evaluation.verdict === 'error' && reasons.length > 0) {
        lines.push('', '> [!WARNING]', ...reasons.map((reason) => `> **Not judged**: ${markdownText(reason)}.`), '> The verdict is ERROR and no rollback is signalled: the figures below describe the gate, not the canary.');
    }
    else if (reasons.length > 0) {
        lines.push('', `**Why ${VERDICT_LABELS[evaluation.verdict]}:**`, '', ...reasons.map((reason) => `- ${markdownText(reason)}`));
    }
    if (ctx.rollback) {
        lines.push('', '> [!CAUTION]', '> **Rollback signalled**: the verdict is FAIL and auto-rollback is on, so the `rollback` output is `true`.');
    }
    const findings = deriveFindings(ctx);
    if (findings.length > 0)
        lines.push('', '### Key findings', '', ...findings.map((f) => `- ${markdownText(f)}`));
    return lines;
}
/** `; ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`, or why it stopped when the plan still counts as run. */
function stoppedNote(measurements) {
    const partial = partialPlanNote(measurements);
    if (partial)
        return `; ${markdownText(partial)}`;
    return measurements.stoppedEarly ? `; stopped early: ${markdownText(measurements.stoppedEarly)}` : '';
}
function scenarioSection(ctx) {
    const { settings, measurements } = ctx;
    const rows = [['Target', markdownText(displayUrl(settings.targetUrl))]];
    if (settings.environment)
        rows.push(['Environment', markdownText(settings.environment)]);
    if (settings.configPath)
        rows.push(['Config', codeSpan(settings.configPath)]);
    rows.push([
        'Load',
        `${describeStages(settings.stages, stageUnit(settings))} (${settings.model === 'open' ? 'open model: arrival rate' : 'closed model'}${settings.scenario ? `, ${settings.scenario} scenario` : ''}, ${formatDuration(plannedDurationMs(settings.stages))} planned)`,
    ], [
        'Ran',
        `${markdownText(measurements.startedAt)} for ${formatElapsed(measurements.durationMs)}, ` +
            `up to ${format_formatNumber(measurements.maxVusReached)} VUs` +
            stoppedNote(measurements),
    ], ['Timeout', `${formatDuration(settings.timeoutMs)} per request`]);
    const headerNames = Object.keys(settings.headers);
    if (headerNames.length > 0) {
        rows.push(['Headers', `${headerNames.map((name) => codeSpan(name)).join(', ')} (values not shown)`]);
    }
    if (ctx.runUrl)
        rows.push(['Workflow run', `[${markdownText(ctx.runUrl)}](${linkTarget(ctx.runUrl)})`]);
    const totalWeight = settings.endpoints.reduce((sum, e) => sum + e.weight, 0);
    const mix = settings.endpoints.map((e) => {
        const success = e.expectStatus.length > 0 ? e.expectStatus.join(', ') : '200–399';
        const extras = [
            ...(e.body !== undefined ? ['with a body'] : []),
            ...(Object.keys(e.headers).length > 0
                ? [
                    `headers ${Object.keys(e.headers)
                        .map((name) => codeSpan(name))
                        .join(', ')}`,
                ]
                : []),
        ];
        return [
            markdownText(e.name),
            `${codeSpan(`${e.method} ${e.path}`)}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`,
            format_formatNumber(e.weight, 3),
            totalWeight > 0 ? format_formatPercent((e.weight / totalWeight) * 100) : '–',
            success,
        ];
    });
    return [
        '',
        '## Environment and scenario',
        '',
        ...markdown_report_table(['', ''], ['l', 'l'], rows),
        '',
        '### Endpoint mix',
        '',
        ...markdown_report_table(['Endpoint', 'Request', 'Weight', 'Share', 'Success status'], ['l', 'l', 'r', 'r', 'l'], mix, {
            rowsAre: 'endpoints',
        }),
    ];
}
function statsRow(name, stats) {
    const { latency } = stats;
    const ms = (value) => (latency.count > 0 ? format_formatMs(value) : '–');
    return [
        name,
        format_formatNumber(stats.requests),
        format_formatNumber(stats.rps, 1),
        ms(latency.p50),
        ms(latency.p90),
        ms(latency.p95),
        ms(latency.p99),
        ms(latency.max),
        stats.requests > 0 ? format_formatPercent(errorPercent(stats)) : '–',
    ];
}
function resultsSection(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const rows = endpoints.map((e) => statsRow(markdownText(e.name), e));
    const header = ['Endpoint', 'Requests', 'req/s', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors'];
    const align = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
    return [
        '',
        '## Results',
        '',
        ...markdown_report_table(header, align, rows, { rowsAre: 'endpoints', last: statsRow('**Total**', overall) }),
    ];
}
function sloSection(ctx) {
    const { results } = ctx.evaluation;
    if (results.length === 0) {
        return [
            '',
            '## SLOs',
            '',
            'No thresholds were set, so nothing was checked and the verdict is PASS by default. ' +
                'Add `thresholds` (e.g. `http_req_duration: p(95)<250`) to gate on latency, errors and throughput.',
        ];
    }
    const withNotes = results.some((r) => r.note);
    const rows = results.map((r) => {
        const row = [
            codeSpan(r.threshold.source),
            markdownText(formatCondition(r.threshold)),
            formatThresholdValue(r.threshold, r.actual),
            `${STATUS_ICONS[r.status]} ${r.status}`,
        ];
        if (withNotes)
            row.push(r.note ? markdownText(r.note) : '');
        return row;
    });
    const header = ['Threshold', 'Target', 'Actual', 'Status', ...(withNotes ? ['Note'] : [])];
    const align = ['l', 'l', 'r', 'l', ...(withNotes ? ['l'] : [])];
    return ['', '## SLOs', '', ...markdown_report_table(header, align, rows, { rowsAre: 'thresholds' })];
}
function markdown_report_errorSection(ctx) {
    const { overall } = ctx.measurements;
    if (overall.failed === 0)
        return overall.requests > 0 ? ['', '## Errors', '', 'No request failed.'] : [];
    const byClass = errorClassCounts(overall).map(({ errorClass, count }) => [
        ERROR_CLASS_LABELS[errorClass],
        format_formatNumber(count),
        format_formatPercent((count / overall.requests) * 100),
    ]);
    const lines = [
        '',
        '## Errors',
        '',
        `${format_formatNumber(overall.failed)} of ${format_formatNumber(overall.requests)} requests failed ` +
            `(${format_formatPercent(errorPercent(overall))}).`,
        '',
        ...markdown_report_table(['Error class', 'Requests', 'Share of requests'], ['l', 'r', 'r'], byClass),
    ];
    const causes = errorCauseCounts(ctx.measurements).map((c) => [
        c.cause === OTHER_CAUSES ? markdownText(c.cause) : codeSpan(c.cause),
        markdownText(c.description),
        ERROR_CLASS_LABELS[c.errorClass],
        format_formatNumber(c.count),
    ]);
    if (causes.length > 0) {
        lines.push('', ...markdown_report_table(['Cause (no response)', 'What happened', 'Error class', 'Requests'], ['l', 'l', 'l', 'r'], causes, {
            rowsAre: 'causes',
        }));
    }
    const statuses = failingStatuses(ctx);
    if (statuses.length > 0) {
        const rows = statuses.map((s) => {
            const shown = s.endpoints.slice(0, 3).map((e) => `${markdownText(e.name)} (${format_formatNumber(e.count)})`);
            if (s.endpoints.length > 3)
                shown.push(`${s.endpoints.length - 3} more`);
            return [markdownText(s.status), format_formatNumber(s.count), shown.join(', ') || '–'];
        });
        lines.push('', ...markdown_report_table(['Failing status', 'Responses', 'Endpoints'], ['l', 'r', 'l'], rows, {
            rowsAre: 'status codes',
        }));
    }
    return lines;
}
function footer(ctx) {
    const run = ctx.runUrl ? ` · [workflow run](${linkTarget(ctx.runUrl)})` : '';
    return [
        '',
        '---',
        '',
        `<sub>loadgate ${markdownText(ctx.toolVersion)} · generated ${markdownText(ctx.generatedAt)}${run} · ` +
            `all figures in results.json</sub>`,
        '',
    ];
}
/** The markdown report: verdict and findings, scenario, results, SLOs, errors, footer. */
function renderMarkdownReport(ctx) {
    return [
        ...headline(ctx),
        ...scenarioSection(ctx),
        ...resultsSection(ctx),
        ...loadModelSection(ctx),
        ...trafficSection(ctx),
        ...sloSection(ctx),
        ...baselineSection(ctx),
        ...markdown_report_errorSection(ctx),
        ...footer(ctx),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/slo/abort-rules.ts

/** Failing evaluations in a row (one a second) that make a breach sustained. */
const SUSTAINED_EVALUATIONS = 2;
class AbortRules {
    /** Set when a threshold stopped the load. */
    record;
    rules;
    streaks;
    constructor(thresholds) {
        this.rules = thresholds.filter((threshold) => threshold.abortOnFail);
        this.streaks = this.rules.map(() => 0);
    }
    /** The live check for the engine, or undefined when no threshold has abortOnFail. */
    check() {
        if (this.rules.length === 0)
            return undefined;
        return (live) => {
            const due = this.rules.filter((rule) => live.elapsedMs >= (rule.delayAbortEvalMs ?? 0));
            if (due.length === 0)
                return undefined;
            const results = evaluateThresholds(due, live.snapshot()).results;
            for (const result of results) {
                const index = this.rules.indexOf(result.threshold);
                const breached = result.status === 'fail' && result.actual !== null;
                this.streaks[index] = breached ? this.streaks[index] + 1 : 0;
                if (this.streaks[index] >= SUSTAINED_EVALUATIONS) {
                    this.record = {
                        threshold: result.threshold.source,
                        atMs: Math.round(live.elapsedMs),
                        actual: result.actual,
                    };
                    return `${result.threshold.source} failed during the run (abortOnFail) at ${Math.round(live.elapsedMs / 1000)}s`;
                }
            }
            return undefined;
        };
    }
}
/**
 * A run stopped by an abortOnFail threshold fails, whatever the final figures say: that
 * threshold's result is marked failed with a note saying when the load was stopped.
 */
function applyAbort(evaluation, measurements) {
    const record = measurements.abortedBy;
    if (record === undefined)
        return evaluation;
    const note = `stopped the load at ${Math.round(record.atMs / 100) / 10}s (abortOnFail): sustained breach`;
    const results = evaluation.results.map((result) => result.threshold.source === record.threshold
        ? { ...result, status: 'fail', note: result.note ? `${note}; ${result.note}` : note }
        : result);
    return { ...evaluation, verdict: 'fail', results };
}

;// CONCATENATED MODULE: ./src/slo/self-check.ts
const MAX_LAG_P99_MS = 100;
const MAX_RATE_SHORTFALL = 0.1;
const MAX_CPU_PERCENT = 95;
const CPU_LAG_P99_MS = 20;
/**
 * Why the generator was the bottleneck; empty when it was not.
 * @param baseline the live baseline's measurements, when the generator loaded one beside the canary
 */
function self_check_generatorBottleneck(settings, m, baseline) {
    const reasons = [];
    const health = m.generator;
    if (health === undefined)
        return reasons;
    const both = baseline === undefined ? '' : ' (loading the canary and the live baseline at once)';
    if (health.eventLoopLagP99Ms > MAX_LAG_P99_MS) {
        reasons.push(`the load generator's event loop lagged ${health.eventLoopLagP99Ms} ms at p99 (limit ${MAX_LAG_P99_MS} ms, max ${health.eventLoopLagMaxMs} ms)${both}, so requests left late and latencies were read late`);
    }
    if (settings.model === 'open' && m.stoppedEarly === undefined) {
        const targets = [
            [m, baseline === undefined ? '' : ' to the canary'],
            [baseline, ' to the live baseline'],
        ];
        for (const [measured, to] of targets) {
            const arrival = measured?.arrival;
            if (arrival !== undefined &&
                arrival.targetRps > 0 &&
                arrival.achievedRps < arrival.targetRps * (1 - MAX_RATE_SHORTFALL) &&
                arrival.peakInFlight < arrival.maxVus) {
                reasons.push(`the load generator sent ${arrival.achievedRps} req/s${to} of the ${arrival.targetRps} req/s asked for although max-vus (${arrival.maxVus}) was never reached`);
            }
        }
        if (m.arrival !== undefined &&
            health.cpuPercent >= MAX_CPU_PERCENT &&
            health.eventLoopLagP99Ms > CPU_LAG_P99_MS) {
            reasons.push(`the load generator used ${health.cpuPercent}% CPU with its event loop ${health.eventLoopLagP99Ms} ms late at p99${both}: it could not keep the schedule`);
        }
    }
    return reasons;
}

;// CONCATENATED MODULE: ./src/gate.ts
/**
 * The gate itself, shared by the action and the CLI: settings → engine →
 * measurements → verdict → report files. It touches neither `@actions/*` nor any
 * network but the target, so both front ends (and tests) drive it the same way.
 */












async function runGate(settings, options = {}) {
    const abortRules = new AbortRules(settings.thresholds);
    const abortCheck = abortRules.check();
    const outcome = await runLoadWithBaseline(settings, {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(abortCheck ? { liveChecks: [abortCheck] } : {}),
    });
    const measurements = judgeRun(settings, outcome.measurements, abortRules, outcome.baseline);
    const baseline = liveBaseline(settings, outcome.baseline, measurements) ?? options.baseline;
    const evaluation = decide(settings, measurements, baseline);
    const rollback = evaluation.verdict === 'fail' && settings.autoRollback;
    const report = {
        settings,
        measurements,
        evaluation,
        rollback,
        generatedAt: new Date().toISOString(),
        toolVersion: TOOL_VERSION,
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        ...(baseline ? { baseline } : {}),
    };
    const markdown = renderMarkdownReport(report);
    const reportDir = external_node_path_default().resolve(settings.reportDir);
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const reportPath = external_node_path_default().join(reportDir, 'report.md');
    const resultsPath = external_node_path_default().join(reportDir, 'results.json');
    await (0,promises_.writeFile)(reportPath, markdown);
    await (0,promises_.writeFile)(resultsPath, `${JSON.stringify(buildResultsDocument(report), null, 2)}\n`);
    const bundleFiles = await writeReportBundle(report, reportDir);
    return {
        settings,
        measurements,
        ...(baseline ? { baseline } : {}),
        evaluation,
        rollback,
        report,
        markdown,
        reportPath,
        resultsPath,
        bundleFiles,
        reportDir,
    };
}
/** What the run says about itself: the abort, the generator's health (for both targets), the soak drift. */
function judgeRun(settings, measured, abortRules, baseline) {
    const measurements = { ...measured };
    if (abortRules.record)
        measurements.abortedBy = abortRules.record;
    if (measurements.generator) {
        measurements.generator = {
            ...measurements.generator,
            bottleneck: self_check_generatorBottleneck(settings, measurements, baseline),
        };
    }
    if (settings.scenario === 'soak') {
        const drift = measureDrift(measurements);
        if (drift)
            measurements.drift = drift;
    }
    return measurements;
}
/** The live baseline as the judge sees it: its own figures, the generator's health judged with the canary's. */
function liveBaseline(settings, measured, canary) {
    const source = settings.baseline?.source;
    if (measured === undefined || source?.kind !== 'live')
        return undefined;
    const measurements = { ...measured };
    if (canary.generator)
        measurements.generator = canary.generator;
    if (settings.scenario === 'soak') {
        const drift = measureDrift(measurements);
        if (drift)
            measurements.drift = drift;
    }
    return { origin: { kind: 'live', label: liveBaselineLabel(source.url) }, measurements };
}
/**
 * The verdict: the thresholds on the run's data (for breakpoint, on the steady part of
 * the highest step that held, with the staircase's capacity; relative ones against the
 * baseline), failed by an abortOnFail stop, then what the run says about itself
 * (slo/verdict.ts: an unreachable target, the generator, a plan cut short, a comparison
 * that could not tell).
 */
function decide(settings, measurements, baseline) {
    const breakpoint = measurements.breakpoint;
    const judged = breakpoint ? { ...(breakpoint.verdictStep ?? measurements), breakpoint } : measurements;
    const judging = {
        ...(baseline ? { baseline } : {}),
        ...(settings.baseline
            ? { missing: settings.baseline.missing, confidence: settings.baseline.confidence }
            : {}),
    };
    const evaluation = applyAbort(evaluateThresholds(settings.thresholds, judged, judging), measurements);
    return decideVerdict(evaluation, measurements);
}

;// CONCATENATED MODULE: ./src/gate-outputs.ts

/** Round for outputs: enough precision to compare, short enough to read. */
function gate_outputs_figure(value) {
    return String(Math.round(value * 100) / 100);
}
function gateOutputs(outcome) {
    const { overall } = outcome.measurements;
    const verdict = outcome.evaluation.verdict;
    const errorPercent = overall.requests === 0 ? 0 : (overall.failed / overall.requests) * 100;
    const failed = outcome.evaluation.results.filter((r) => r.status === 'fail');
    return {
        verdict,
        passed: String(verdict === 'pass' || verdict === 'marginal'),
        rollback: String(outcome.rollback),
        'p50-ms': gate_outputs_figure(overall.latency.p50),
        'p95-ms': gate_outputs_figure(overall.latency.p95),
        'p99-ms': gate_outputs_figure(overall.latency.p99),
        'error-percent': gate_outputs_figure(errorPercent),
        rps: gate_outputs_figure(overall.rps),
        requests: String(overall.requests),
        ...loadModelOutputs(outcome),
        ...baselineOutputs(outcome),
        'failed-slos': failed.map((r) => r.threshold.source).join(', '),
        // Thresholds may contain commas: the JSON array keeps them apart.
        'failed-slos-json': JSON.stringify(failed.map((r) => r.threshold.source)),
        'report-path': outcome.reportPath,
        'results-path': outcome.resultsPath,
    };
}
/** Outputs when the gate could not run at all (bad input): nothing measured, no rollback. */
function errorOutputs() {
    return { verdict: 'error', passed: 'false', rollback: 'false', 'failed-slos-json': '[]' };
}
/**
 * The baseline's overall p95, the canary's change against it in percent, and the failed
 * relative thresholds as a JSON array; empty (`[]`) without a baseline.
 */
function baselineOutputs(outcome) {
    const regressions = JSON.stringify(regressionsOf(outcome.evaluation.results));
    const baseline = outcome.report.baseline;
    if (baseline === undefined || 'missing' in baseline || baseline.measurements.overall.latency.count === 0) {
        return { 'baseline-p95-ms': '', 'p95-change-percent': '', regressions };
    }
    const baselineP95 = baseline.measurements.overall.latency.p95;
    const canary = outcome.measurements.overall.latency;
    const change = canary.count > 0 && baselineP95 > 0 ? gate_outputs_figure((canary.p95 / baselineP95 - 1) * 100) : '';
    return { 'baseline-p95-ms': gate_outputs_figure(baselineP95), 'p95-change-percent': change, regressions };
}
/** Open model and breakpoint outputs: empty (capacity, rates) or 0 (dropped) when they do not apply. */
function loadModelOutputs(outcome) {
    const { arrival, breakpoint } = outcome.measurements;
    return {
        'dropped-requests': String(arrival?.dropped ?? 0),
        'target-rps': arrival ? gate_outputs_figure(arrival.targetRps) : '',
        'achieved-rps': arrival ? gate_outputs_figure(arrival.achievedRps) : '',
        'capacity-rps': breakpoint ? gate_outputs_figure(breakpoint.capacityRps) : '',
    };
}

;// CONCATENATED MODULE: ./src/integrations/job-summary.ts

/** GitHub rejects a step summary over 1 MiB; keep well inside it. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Cut a markdown document to fit the job summary, saying so at the end. */
function fitJobSummary(markdown, limitBytes = JOB_SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown) <= limitBytes)
        return markdown;
    const note = '\n\n> The report was cut to fit the job summary; the whole report is in the report directory.\n';
    const room = limitBytes - Buffer.byteLength(note);
    let cut = Buffer.from(markdown).subarray(0, room).toString();
    // A cut in the middle of a multi-byte character leaves a replacement character: drop it.
    cut = cut.replace(/\uFFFD$/, '');
    return cut.slice(0, cut.lastIndexOf('\n') + 1) + note;
}
/** Append the report to the job summary. */
async function publishJobSummary(markdown) {
    await core/* summary */.z.addRaw(fitJobSummary(markdown), true).write();
}

;// CONCATENATED MODULE: ./src/integrations/run-url.ts
/** Link to the current workflow run, when running inside GitHub Actions. */
function workflowRunUrl(env = process.env) {
    const server = env.GITHUB_SERVER_URL;
    const repository = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (!server || !repository || !runId)
        return undefined;
    return `${server}/${repository}/actions/runs/${runId}`;
}

;// CONCATENATED MODULE: ./src/progress-line.ts


/** e.g. `http://canary:8080, 3 endpoints, up to 20 VUs for 30s`, then `, the same traffic to the live baseline http://old:8080` */
function describeRun(settings) {
    const totalMs = settings.stages.reduce((sum, stage) => sum + stage.durationMs, 0);
    const endpoints = settings.endpoints.length === 1 ? '1 endpoint' : `${settings.endpoints.length} endpoints`;
    const load = settings.model === 'open'
        ? `up to ${Math.max(...settings.stages.map((stage) => stage.target))} req/s (max-vus ${settings.maxVus})`
        : `up to ${settings.maxVus} VUs`;
    const scenario = settings.scenario ? `, ${settings.scenario} scenario` : '';
    const baselineUrl = liveBaselineUrl(settings);
    const baseline = baselineUrl === undefined
        ? ''
        : `, the same traffic to the live baseline ${liveBaselineLabel(baselineUrl)}`;
    return `${settings.targetUrl}, ${endpoints}, ${load} for ${formatDuration(totalMs)}${scenario}${baseline}`;
}
/**
 * e.g. `[ 10s/30s] vus=20 req/s=812.4 p95=23.1ms errors=0.00% (8,124 requests)`; with a
 * live baseline both targets, e.g.
 * `[ 10s/30s] vus=20 canary req/s=812.4 p95=12.0ms errors=0.00% | baseline req/s=809.0 p95=11.0ms errors=0.00% (8,124 + 8,090 requests)`
 */
function formatProgressLine(sample) {
    const seconds = (ms) => `${Math.round(ms / 1000)}s`;
    const elapsed = sample.plannedMs > 0
        ? `${seconds(sample.elapsedMs)}/${seconds(sample.plannedMs)}`
        : seconds(sample.elapsedMs);
    const figures = (of) => {
        const p95 = of.p95Ms === null ? 'n/a' : `${of.p95Ms.toFixed(1)}ms`;
        return `req/s=${of.rps.toFixed(1)} p95=${p95} errors=${of.errorPercent.toFixed(2)}%`;
    };
    const count = (of) => of.requests.toLocaleString('en-US');
    const head = `[${elapsed.padStart(8)}] vus=${sample.vus}`;
    const baseline = sample.baseline;
    if (baseline === undefined)
        return `${head} ${figures(sample)} (${count(sample)} requests)`;
    return (`${head} canary ${figures(sample)} | baseline ${figures(baseline)} ` +
        `(${count(sample)} + ${count(baseline)} requests)`);
}

;// CONCATENATED MODULE: ./src/integrations/check-run-content.ts


/** The Checks API's limits: summary and text in characters, annotations per request. */
const CHECK_RUN_LIMITS = {
    summary: 65_535,
    annotationsPerRequest: 50,
    /** Not documented; a title is one line in the checks list, so it is kept short. */
    title: 200,
    /** An annotation's message may be 64 KB; a few lines are what a reader needs. */
    annotationMessage: 2_000,
};
/**
 * `marginal` is neutral: it holds, with a warning. `inconclusive` is action_required:
 * the figures cannot judge the target, so it is neither a pass nor a breach, and a
 * person has to act (a bigger runner, less load) before the gate means anything.
 */
const CHECK_CONCLUSIONS = {
    pass: 'success',
    marginal: 'neutral',
    fail: 'failure',
    inconclusive: 'action_required',
    error: 'failure',
};
/**
 * `loadgate: gate (staging)`: the job key, and the environment (else the target's host)
 * so matrix legs get a check each. Never the job key alone: that is the name of the
 * job's own check run, which must not be found and updated in its place.
 */
function checkRunName(job, settings) {
    let host = settings.targetUrl;
    try {
        host = new URL(settings.targetUrl).host;
    }
    catch {
        // Keep the text as it is.
    }
    return `loadgate: ${job || 'gate'} (${settings.environment ?? host})`;
}
/** `p95`, `avg`, `error rate`: how a figure is named in a title. */
function figureName(result) {
    const t = result.threshold;
    const stat = t.aggregation === 'p' ? `p${format_formatNumber(t.percentile ?? 0, 3)}` : t.aggregation;
    const base = t.metric === 'http_req_duration'
        ? stat
        : t.metric === 'http_req_failed' && t.aggregation === 'rate'
            ? 'error rate'
            : `${t.metric} ${stat}`;
    const endpoint = t.tags.endpoint;
    return endpoint ? `${base} of ${endpoint}` : base;
}
/** `p95 312 ms > 250 ms`: the measured figure beside the limit it crossed. */
function headlineFigure(result) {
    const { threshold, actual } = result;
    const name = figureName(result);
    if (actual === null)
        return `${name}: no data`;
    const limit = threshold.limit;
    const sign = actual > limit ? '>' : actual < limit ? '<' : '=';
    return `${name} ${formatThresholdValue(threshold, actual)} ${sign} ${formatThresholdValue(threshold, limit)}`;
}
/** One line: the verdict, the figure that decided it, the rollback signal. */
function checkRunTitle(ctx) {
    const { verdict, results } = ctx.evaluation;
    const parts = [VERDICT_LABELS[verdict]];
    const failed = results.filter((r) => r.status === 'fail');
    const marginal = results.filter((r) => r.status === 'marginal');
    if (verdict === 'inconclusive') {
        parts.push('the load generator was the bottleneck');
    }
    else if (failed.length > 0) {
        parts.push(headlineFigure(failed[0]));
        if (failed.length > 1)
            parts.push(`${failed.length - 1} more SLO${failed.length > 2 ? 's' : ''} failed`);
    }
    else if (marginal.length > 0) {
        parts.push(`${headlineFigure(marginal[0])} (marginal)`);
    }
    else if (results.length > 0) {
        parts.push(results.length === 1 ? 'the SLO was met' : `all ${results.length} SLOs met`);
    }
    else {
        parts.push('no thresholds were set');
    }
    if (ctx.rollback)
        parts.push('rollback signalled');
    const title = parts.join(' · ');
    return title.length <= CHECK_RUN_LIMITS.title ? title : `${title.slice(0, CHECK_RUN_LIMITS.title - 1)}…`;
}
/** The report's top, cut at a line break to the API's limit, saying so when it was cut. */
function fitCheckRunSummary(markdown, limit = CHECK_RUN_LIMITS.summary) {
    if (markdown.length <= limit)
        return markdown;
    const note = `\n\n> ✂️ The report was cut to fit the check's ${format_formatNumber(limit)}-character limit; the whole report is in the artifact and the job summary.\n`;
    let cut = markdown.slice(0, limit - note.length);
    // Never end between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > 0)
        cut = cut.slice(0, lastBreak);
    return cut + note;
}
/**
 * A failed SLO (a marginal one as a warning) at the line of the config file that set
 * it. SLOs given as inputs, or in a file outside the repository, have no line to point at.
 */
function sloAnnotations(results) {
    const annotations = [];
    for (const result of results) {
        if (result.status === 'pass')
            continue;
        const at = parseFileLocation(result.threshold.origin);
        const path = at && repositoryPath(at.file);
        if (!at || !path)
            continue;
        const message = [
            `${result.threshold.source}`,
            `measured ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`,
            ...(result.note ? [result.note] : []),
        ].join('\n');
        annotations.push({
            path,
            start_line: at.line,
            end_line: at.line,
            start_column: at.col,
            end_column: at.col,
            annotation_level: result.status === 'fail' ? 'failure' : 'warning',
            title: `SLO ${result.status === 'fail' ? 'failed' : 'marginal'}: ${headlineFigure(result)}`.slice(0, 255),
            message: message.length <= CHECK_RUN_LIMITS.annotationMessage
                ? message
                : `${message.slice(0, CHECK_RUN_LIMITS.annotationMessage - 1)}…`,
        });
    }
    return annotations;
}
function buildCheckRun(ctx, markdown, options) {
    return {
        name: checkRunName(options.job, ctx.settings),
        conclusion: CHECK_CONCLUSIONS[ctx.evaluation.verdict],
        title: checkRunTitle(ctx),
        summary: fitCheckRunSummary(markdown),
        annotations: sloAnnotations(ctx.evaluation.results),
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./src/integrations/check-run.ts
/**
 * The gate's own check run (Checks API), so the verdict sits in the pull request's
 * checks list beside the build. One per job and environment on a commit: a re-run finds
 * it by name and updates it in place. The API appends annotations on every update and
 * cannot remove them, so a predecessor that carries annotations is superseded by a new
 * run of the same name instead (GitHub shows the newest); otherwise old failures would
 * stay pinned to the config file after the SLO holds again.
 */

async function publishCheckRun(options) {
    try {
        return await upsertCheckRun(options);
    }
    catch (error) {
        const status = error?.status;
        if (status === 403 && error instanceof Error) {
            throw new Error(`${error.message} (the token needs the checks: write permission)`, { cause: error });
        }
        throw error;
    }
}
/** Annotations in the API's batches of at most 50. */
function annotationBatches(annotations) {
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
        batches.push(annotations.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
    }
    return batches;
}
async function upsertCheckRun(options) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got ${options.repository}`);
    if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(options.headSha))
        throw new Error(`the commit is not a SHA: ${options.headSha.slice(0, 80)}`);
    // Loaded when used: the client library is large, and most runs never need it.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
    const request = options.signal ? { signal: options.signal } : {};
    const { content } = options;
    const { data: found } = await octokit.rest.checks.listForRef({
        owner,
        repo,
        ref: options.headSha,
        check_name: content.name,
        filter: 'latest',
        per_page: 100,
        request,
    });
    const previous = found.check_runs.filter((run) => run.name === content.name).sort((a, b) => b.id - a.id)[0];
    const reusable = previous !== undefined && (previous.output.annotations_count ?? 0) === 0;
    const [first = [], ...more] = annotationBatches(content.annotations);
    const output = (annotations) => ({
        title: content.title,
        summary: content.summary,
        ...(annotations.length ? { annotations } : {}),
    });
    const fields = {
        owner,
        repo,
        name: content.name,
        status: 'completed',
        conclusion: content.conclusion,
        ...(options.startedAt ? { started_at: options.startedAt } : {}),
        completed_at: options.completedAt ?? new Date().toISOString(),
        ...(content.detailsUrl ? { details_url: content.detailsUrl } : {}),
        output: output(first),
        request,
    };
    const { data } = reusable
        ? await octokit.rest.checks.update({ ...fields, check_run_id: previous.id })
        : await octokit.rest.checks.create({ ...fields, head_sha: options.headSha });
    // Each update appends its batch to the annotations already there.
    for (const batch of more) {
        await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request });
    }
    return {
        action: reusable ? 'updated' : 'created',
        id: data.id,
        url: data.html_url ?? '',
        annotations: content.annotations.length,
    };
}

;// CONCATENATED MODULE: ./src/integrations/pr-comment.ts
/**
 * A sticky pull-request comment: one per job, found again on the next run by a hidden
 * HTML-comment marker and updated in place instead of piling up new comments.
 */



/** GitHub rejects issue comments longer than this. */
const PR_COMMENT_LIMIT = 65_536;
/** Events whose payload is a pull request the comment can go on. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The hidden marker for a job: `<!-- loadgate:<job key> -->` (the key made safe inside an HTML comment). */
function prCommentMarker(jobKey) {
    const key = jobKey
        .replace(/[^A-Za-z0-9 ._:/@()=,+-]/g, '_')
        .replace(/-{2,}/g, '-')
        .trim();
    return `<!-- loadgate:${key || 'default'} -->`;
}
const VERDICT_ICON = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
    error: '❌',
};
const STATUS_ICON = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
};
/** Text for a markdown table cell: no HTML, no markdown emphasis or links, no cell breaks. */
function pr_comment_cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/\r?\n/g, '<br>');
}
/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
function codeCell(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** Cut a comment to GitHub's limit at a line break, keeping the marker and saying it was cut. */
function fitPrComment(body, limit = PR_COMMENT_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = `\n\n> ✂️ This comment was cut to fit GitHub's ${format_formatNumber(limit)}-character limit; the whole report is in the artifact.\n`;
    let cut = body.slice(0, limit - note.length);
    // Never end between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > 0)
        cut = cut.slice(0, lastBreak);
    return cut + note;
}
/** The regressions against the baseline first, then where the baseline came from (or that it was missing). */
function baselineLead(ctx) {
    if (!ctx.baseline && !ctx.evaluation.baseline)
        return [];
    const missing = missingText(ctx.evaluation, ctx.baseline);
    if (!baselineMeasurements(ctx.baseline))
        return [`**Baseline:** ${pr_comment_cell(missing ?? 'none could be had')}`, ''];
    const regressions = regressionLines(ctx.evaluation);
    const origin = `Compared with the baseline ${pr_comment_cell(originText(ctx.baseline))}.`;
    if (regressions.length === 0)
        return [origin, ''];
    return [
        `**Regressions against the baseline:**`,
        '',
        ...regressions.map((r) => `- 🔺 ${pr_comment_cell(r)}`),
        '',
        origin,
        '',
    ];
}
/** The comment's markdown: regressions, verdict, SLO table, headline numbers, links. */
function buildPrComment(ctx, content) {
    const { verdict, results } = ctx.evaluation;
    const o = ctx.measurements.overall;
    const count = (s) => results.filter((r) => r.status === s).length;
    const target = displayUrl(ctx.settings.targetUrl);
    const env = ctx.settings.environment ? ` (${pr_comment_cell(ctx.settings.environment)})` : '';
    const summary = [`${count('pass')} of ${results.length} SLOs met`];
    if (count('marginal'))
        summary.push(`${count('marginal')} marginal`);
    if (count('fail'))
        summary.push(`${count('fail')} failed`);
    const partial = partialPlanNote(ctx.measurements);
    const lines = [
        content.marker,
        `### ${VERDICT_ICON[verdict]} loadgate: ${VERDICT_LABELS[verdict]} for ${pr_comment_cell(target)}${env}`,
        '',
        ...baselineLead(ctx),
        `**${summary.join(', ')}.** ${ctx.rollback ? '**Rollback signalled.**' : 'No rollback.'}${ctx.measurements.stoppedEarly ? ` Load stopped early: ${pr_comment_cell(ctx.measurements.stoppedEarly)}.` : ''}${partial ? ` The load ${pr_comment_cell(partial)}.` : ''}`,
        '',
        ...(verdict === 'error'
            ? verdictReasons(ctx.evaluation).flatMap((reason) => [`**Not judged**: ${pr_comment_cell(reason)}.`, ''])
            : [
                ...verdictReasons(ctx.evaluation).map((reason) => `- ${VERDICT_LABELS[verdict]}: ${pr_comment_cell(reason)}`),
                ...(verdictReasons(ctx.evaluation).length > 0 ? [''] : []),
            ]),
        `p50 **${format_formatMs(o.latency.p50)}** · p95 **${format_formatMs(o.latency.p95)}** · p99 **${format_formatMs(o.latency.p99)}** · errors **${format_formatPercent(errorPercent(o))}** · throughput **${formatRps(o.rps)}** · ${format_formatNumber(o.requests)} requests`,
        '',
    ];
    if (results.length) {
        lines.push('| Status | Threshold | Actual | Limit | Note |', '| --- | --- | ---: | ---: | --- |');
        for (const r of results) {
            lines.push(`| ${STATUS_ICON[r.status]} ${r.status} | ${codeCell(r.threshold.source)} | ${pr_comment_cell(formatThresholdValue(r.threshold, r.actual))} | ${pr_comment_cell(formatCondition(r.threshold))} | ${r.note ? pr_comment_cell(r.note) : ''} |`);
        }
        lines.push('');
    }
    const links = [
        ...(content.artifactUrl ? [`📦 [Full report (HTML, JUnit, metrics)](${content.artifactUrl})`] : []),
        ...(ctx.runUrl ? [`[Workflow run](${ctx.runUrl})`] : []),
    ];
    if (links.length)
        lines.push(links.join(' · '), '');
    lines.push(`<sub>loadgate ${pr_comment_cell(ctx.toolVersion)} · ${pr_comment_cell(ctx.generatedAt)}</sub>`, '');
    return fitPrComment(lines.join('\n'));
}
async function publishPrComment(options) {
    try {
        return await upsertComment(options);
    }
    catch (error) {
        const status = error?.status;
        if (status === 403 && error instanceof Error) {
            throw new Error(`${error.message} (the token needs the pull-requests: write permission)`, {
                cause: error,
            });
        }
        throw error;
    }
}
async function upsertComment(options) {
    if (!options.eventName || !PR_EVENTS.has(options.eventName)) {
        return { action: 'skipped', reason: `not a pull request event (${options.eventName ?? 'none'})` };
    }
    if (!options.pullRequestNumber)
        return { action: 'skipped', reason: 'the event has no pull request number' };
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got ${options.repository}`);
    if (!options.body.includes(options.marker))
        throw new Error('the comment body does not contain its marker');
    // Loaded when used: the client library is large, and most runs never need it.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
    const request = options.signal ? { signal: options.signal } : {};
    const issue = { owner, repo, issue_number: options.pullRequestNumber };
    let existing;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...issue,
        per_page: 100,
        request,
    });
    for await (const page of pages) {
        existing = page.data.find((comment) => comment.body?.includes(options.marker))?.id;
        if (existing !== undefined)
            break;
    }
    if (existing !== undefined) {
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: existing,
            body: options.body,
            request,
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: options.body, request });
    return { action: 'created', id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/integrations/pushgateway.ts
/**
 * Push the run's metrics to a Prometheus Pushgateway with got: short time limit,
 * a few retries with backoff, then give up.
 *
 * The grouping key goes in the path, `/metrics/job/<job>/<label>/<value>…`; a value
 * with a `/` (or an empty one) uses the `<label>@base64/<base64url value>` form the
 * Pushgateway defines for that.
 *
 * The key names what the series describe (job, repository, environment, target), not
 * the run: with PUT each push replaces the group's previous metrics, so the gateway
 * holds one group per gated target instead of one more per run, forever. The run id
 * travels as a label value of `loadgate_run_info`.
 */


/** One path segment pair of the grouping key. */
function groupingPair(name, value) {
    if (value === '')
        return `${name}@base64/=`;
    if (value.includes('/'))
        return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
    return `${name}/${encodeURIComponent(value)}`;
}
/**
 * The push URL for a job and grouping labels (in the given order; undefined values
 * are left out). Label names are sanitized to what Prometheus allows.
 */
function pushgatewayUrl(baseUrl, job, labels = {}) {
    const base = baseUrl.replace(/\/+$/, '');
    const parts = [groupingPair('job', job)];
    for (const [name, value] of Object.entries(labels)) {
        if (value === undefined)
            continue;
        const labelName = sanitizeLabelName(name);
        if (labelName === 'job')
            continue;
        parts.push(groupingPair(labelName, value));
    }
    return `${base}/metrics/${parts.join('/')}`;
}
/** The grouping labels loadgate uses after `job`: repository, environment, target. */
function pushgatewayGrouping(ctx, where) {
    return {
        repository: where.repository,
        environment: ctx.settings.environment,
        target: displayUrl(ctx.settings.targetUrl),
    };
}
async function publishPushgateway(options) {
    const target = pushgatewayUrl(options.url, options.job ?? 'loadgate', options.groupingLabels);
    const method = options.method ?? 'PUT';
    // Loaded when used: the client library is large, and most runs never need it.
    const { default: got } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.bind(__webpack_require__, 66212));
    const response = await got(target, {
        method,
        body: options.metrics,
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', ...options.headers },
        timeout: { request: options.timeoutMs ?? 5_000 },
        retry: {
            limit: options.retries ?? 2,
            methods: [method],
            statusCodes: [408, 429, 500, 502, 503, 504],
            backoffLimit: 2_000,
            noise: 100,
        },
        throwHttpErrors: true,
        followRedirect: false,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    return { url: displayUrl(target), statusCode: response.statusCode };
}

;// CONCATENATED MODULE: ./src/integrations/slack-limits.ts
const SLACK_LIMITS = {
    /** Blocks in one message. */
    blocks: 50,
    /** A header block's plain text. */
    headerText: 150,
    /** A section block's text. */
    sectionText: 3000,
    /** Fields in one section block. */
    fields: 10,
    /** One field's text. */
    fieldText: 2000,
    /** Elements in one context block. */
    contextElements: 10,
    /** One context element's text. */
    contextText: 3000,
    /** The notification text (fallback); Slack cuts at 40,000, phones show far less. */
    fallbackText: 3000,
};
const ELLIPSIS = '…';
/**
 * `text` cut to at most `max` characters, ending in `…` when cut. In mrkdwn the cut moves
 * back so that it never splits a link (`<url|label>`) or an entity (`&amp;`); it never
 * splits a surrogate pair.
 */
function truncateSlackText(text, max, mrkdwn = true) {
    if (text.length <= max)
        return text;
    if (max <= ELLIPSIS.length)
        return ELLIPSIS.slice(0, Math.max(0, max));
    let cut = max - ELLIPSIS.length;
    // A low surrogate at the cut would leave half a character.
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff)
        cut--;
    let head = text.slice(0, cut);
    if (mrkdwn) {
        const open = head.lastIndexOf('<');
        if (open > head.lastIndexOf('>'))
            head = head.slice(0, open);
        const amp = head.lastIndexOf('&');
        if (amp > head.lastIndexOf(';') && /^&[a-z#0-9]*$/i.test(head.slice(amp)))
            head = head.slice(0, amp);
    }
    return head + ELLIPSIS;
}
/** Escape the three characters Slack's mrkdwn treats as control characters. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * `text` escaped for mrkdwn and at most `max` characters long once escaped, shortened
 * in the middle before escaping so that no entity is split (escaping can make a text
 * five times longer).
 */
function escapeAndShorten(text, max) {
    let room = max;
    let out = escapeSlack(shortenMiddle(text, room));
    while (out.length > max && room > 1) {
        room = Math.max(1, Math.min(room - 1, Math.floor((room * max) / out.length)));
        out = escapeSlack(shortenMiddle(text, room));
    }
    return out;
}
/** A long text shortened in the middle (`https://host/aaa…zzz`), for names whose both ends matter. */
function shortenMiddle(text, max) {
    if (text.length <= max)
        return text;
    const keep = max - ELLIPSIS.length;
    const head = Math.ceil(keep / 2);
    return `${text.slice(0, head)}${ELLIPSIS}${text.slice(text.length - (keep - head))}`;
}
function fitText(object, max) {
    if (!object || typeof object !== 'object')
        return object;
    const text = object;
    if (typeof text.text !== 'string')
        return object;
    return { ...text, text: truncateSlackText(text.text, max, text.type === 'mrkdwn') };
}
function fitBlock(block) {
    switch (block.type) {
        case 'header':
            return { ...block, text: fitText(block.text, SLACK_LIMITS.headerText) };
        case 'section': {
            const out = { ...block };
            if (block.text)
                out.text = fitText(block.text, SLACK_LIMITS.sectionText);
            if (Array.isArray(block.fields)) {
                out.fields = block.fields
                    .slice(0, SLACK_LIMITS.fields)
                    .map((field) => fitText(field, SLACK_LIMITS.fieldText));
            }
            return out;
        }
        case 'context':
            return Array.isArray(block.elements)
                ? {
                    ...block,
                    elements: block.elements
                        .slice(0, SLACK_LIMITS.contextElements)
                        .map((element) => fitText(element, SLACK_LIMITS.contextText)),
                }
                : block;
        default:
            return block;
    }
}
/**
 * The message within every limit above: texts cut, fields and context elements beyond
 * the limit left out, and past 50 blocks the last one kept says how many were left out.
 */
function fitSlackMessage(message) {
    const out = { ...message };
    if (typeof message.text === 'string') {
        out.text = truncateSlackText(message.text, SLACK_LIMITS.fallbackText);
    }
    if (message.blocks) {
        let blocks = message.blocks.map(fitBlock);
        if (blocks.length > SLACK_LIMITS.blocks) {
            const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
            const left = blocks.length - kept.length;
            blocks = [
                ...kept,
                { type: 'context', elements: [{ type: 'mrkdwn', text: `_${left} more blocks left out._` }] },
            ];
        }
        out.blocks = blocks;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/integrations/slack.ts
/**
 * Slack notification through an incoming webhook (@slack/webhook), as a Block Kit
 * message. The webhook URL is a credential: it never appears in a message, a log line
 * or an error this module throws. Every message goes through `fitSlackMessage`, so no
 * input (a long URL, a hundred thresholds) can push it past Slack's limits.
 */





const BAD_VERDICTS = new Set(['fail', 'error', 'inconclusive']);
/**
 * Whether to notify: `failure` covers fail, error and inconclusive; `marginal` covers
 * marginal and everything `failure` covers; `always` and `never` say what they mean.
 */
function shouldNotifySlack(verdict, notifyOn) {
    switch (notifyOn) {
        case 'never':
            return false;
        case 'always':
            return true;
        case 'failure':
            return BAD_VERDICTS.has(verdict);
        case 'marginal':
            return verdict === 'marginal' || BAD_VERDICTS.has(verdict);
    }
}

const STATUS_EMOJI = {
    pass: ':white_check_mark:',
    marginal: ':warning:',
    fail: ':x:',
    inconclusive: ':grey_question:',
};
const VERDICT_EMOJI = {
    pass: ':white_check_mark:',
    marginal: ':warning:',
    fail: ':rotating_light:',
    inconclusive: ':grey_question:',
    error: ':x:',
};
/** The first untagged threshold on a metric, e.g. p(95) of http_req_duration over the whole run. */
function findResult(results, match) {
    return results.find((r) => Object.keys(r.threshold.tags).length === 0 && match(r.threshold));
}
function withThreshold(value, result) {
    if (!result)
        return `${value}\n_no SLO_`;
    return `${value} ${STATUS_EMOJI[result.status]}\nSLO ${escapeSlack(formatCondition(result.threshold))}`;
}
const MAX_LISTED = 10;
/** Room for ten list items in one section (3,000 characters). */
const MAX_ITEM_LENGTH = 250;
/** Longer URLs are shown shortened and not linked: a link must keep its whole URL. */
const MAX_LINKED_URL = 1000;
/** A section listing thresholds by their source, the first ten, then how many more. */
function sloListSection(title, results) {
    const listed = results
        .slice(0, MAX_LISTED)
        .map((r) => `• \`${escapeAndShorten(r.threshold.source, MAX_ITEM_LENGTH)}\``);
    if (results.length > MAX_LISTED)
        listed.push(`…and ${results.length - MAX_LISTED} more`);
    return { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${listed.join('\n')}` } };
}
/** The target as a link (or, when very long, as shortened text). */
function slackTargetLink(target) {
    const label = escapeAndShorten(target, 200);
    return target.length <= MAX_LINKED_URL ? `<${escapeSlack(target)}|${label}>` : label;
}
function buildSlackMessage(ctx, options = {}) {
    const { verdict, results } = ctx.evaluation;
    const o = ctx.measurements.overall;
    const target = displayUrl(ctx.settings.targetUrl);
    const environment = ctx.settings.environment;
    const runUrl = options.runUrl ?? ctx.runUrl;
    const percentile = (p) => (t) => t.metric === 'http_req_duration' && t.aggregation === 'p' && t.percentile === p;
    const failed = results.filter((r) => r.status === 'fail');
    const marginal = results.filter((r) => r.status === 'marginal');
    const heading = `${verdict.toUpperCase()}: performance gate${environment ? ` (${environment})` : ''}`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: true } },
        {
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: `${VERDICT_EMOJI[verdict]} *${verdict.toUpperCase()}* for ${slackTargetLink(target)}: ${results.length - failed.length - marginal.length} of ${results.length} SLOs met${marginal.length ? `, ${marginal.length} marginal` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`,
            },
        },
        {
            type: 'section',
            fields: [
                { type: 'mrkdwn', text: `*Target*\n${escapeAndShorten(target, 500)}` },
                { type: 'mrkdwn', text: `*Environment*\n${escapeAndShorten(environment ?? '—', 200)}` },
                {
                    type: 'mrkdwn',
                    text: `*p95 latency*\n${withThreshold(format_formatMs(o.latency.p95), findResult(results, percentile(95)))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*p99 latency*\n${withThreshold(format_formatMs(o.latency.p99), findResult(results, percentile(99)))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*Error rate*\n${withThreshold(format_formatPercent(errorPercent(o)), findResult(results, (t) => t.metric === 'http_req_failed' && t.aggregation === 'rate'))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*Throughput*\n${withThreshold(formatRps(o.rps), findResult(results, (t) => t.metric === 'http_reqs' && t.aggregation === 'rate'))}`,
                },
            ],
        },
    ];
    const reasons = verdictReasons(ctx.evaluation);
    if (reasons.length) {
        const lead = verdict === 'error' ? '*Not judged*' : `*Why ${verdict.toUpperCase()}*`;
        blocks.push({
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: truncateSlackText(`${lead}\n${reasons.map((r) => `• ${escapeSlack(r)}`).join('\n')}`, SLACK_LIMITS.sectionText),
            },
        });
    }
    const regressions = regressionLines(ctx.evaluation);
    if (regressions.length) {
        // A section's text is at most 3,000 characters: cut at a whole line.
        let text = '*Regressions against the baseline*';
        for (const line of regressions.map((r) => `\n• ${escapeSlack(r)}`)) {
            if (text.length + line.length > SLACK_LIMITS.sectionText - 20) {
                text += '\n…and more';
                break;
            }
            text += line;
        }
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
    if (failed.length)
        blocks.push(sloListSection('Failed SLOs', failed));
    if (marginal.length)
        blocks.push(sloListSection('Marginal SLOs (within the marginal band)', marginal));
    blocks.push({
        type: 'section',
        text: {
            type: 'mrkdwn',
            text: ctx.rollback
                ? ':rewind: *Rollback signalled*: the `rollback` output is `true`.'
                : `*Rollback*: not signalled${verdict === 'fail' ? ' (auto-rollback is off)' : ''}.`,
        },
    });
    blocks.push(slackFooter([
        ...(runUrl ? [[runUrl, 'Workflow run']] : []),
        ...(options.artifactUrl ? [[options.artifactUrl, 'Report artifact']] : []),
    ], [`loadgate ${ctx.toolVersion}`, ctx.generatedAt]));
    const fallback = `loadgate ${verdict.toUpperCase()} for ${shortenMiddle(target, 200)}${environment ? ` (${environment})` : ''}: p95 ${format_formatMs(o.latency.p95)}, errors ${format_formatPercent(errorPercent(o))}${failed.length ? `, ${failed.length} SLO(s) failed` : ''}${marginal.length ? `, marginal: ${marginal.map((r) => r.threshold.source).join('; ')}` : ''}${ctx.rollback ? ', rollback signalled' : ''}`;
    return fitSlackMessage({ text: fallback, blocks });
}
/** The last block: links (dropped when too long to link whole) and plain notes, `·`-separated. */
function slackFooter(links, notes) {
    const parts = [
        ...links
            .filter(([url]) => url.length <= MAX_LINKED_URL)
            .map(([url, label]) => `<${escapeSlack(url)}|${label}>`),
        ...notes.map(escapeSlack),
    ];
    return { type: 'context', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] };
}
/** Post the message. Errors thrown carry no trace of the webhook URL. */
async function publishSlack(options) {
    const { webhookUrl, signal } = options;
    // Loaded when used: the client library is large, and most runs never need it.
    const { IncomingWebhook, IncomingWebhookHTTPError } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 54443, 23));
    const webhook = new IncomingWebhook(webhookUrl, {
        timeout: options.timeoutMs ?? 10_000,
        retryConfig: { retries: options.retries ?? 1, minTimeout: 250, maxTimeout: 1_000, factor: 2 },
        fetch: (url, init) => {
            const signals = [init?.signal, signal].filter((s) => s !== undefined);
            return fetch(url, { ...init, ...(signals.length ? { signal: AbortSignal.any(signals) } : {}) });
        },
    });
    try {
        await webhook.send(options.message);
    }
    catch (error) {
        // Slack says why in the body of a refusal (`invalid_token`, `no_service`, `channel_is_archived`).
        const cause = error instanceof IncomingWebhookHTTPError
            ? `Slack answered HTTP ${error.statusCode}${error.body ? `: ${error.body.slice(0, 200)}` : ''}`
            : describeError(error);
        // The library's errors may quote the URL (e.g. "Failed to parse URL from …"): keep the
        // scrubbed text only, not the original error as `cause`.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(scrubSecrets(cause, [webhookUrl]));
    }
}

;// CONCATENATED MODULE: ./src/integrations/slack-error-message.ts


const slack_error_message_MAX_LISTED = 10;
const slack_error_message_MAX_ITEM_LENGTH = 280;
function buildSlackErrorMessage(context) {
    const { issues, target, environment } = context;
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const where = target ? ` for ${slackTargetLink(target)}` : '';
    const listed = issues
        .slice(0, slack_error_message_MAX_LISTED)
        .map((issue) => `• ${escapeAndShorten(`${issue.where}: ${issue.message}`, slack_error_message_MAX_ITEM_LENGTH)}`);
    if (issues.length > slack_error_message_MAX_LISTED)
        listed.push(`…and ${issues.length - slack_error_message_MAX_LISTED} more (see the log)`);
    const blocks = [
        {
            type: 'header',
            text: {
                type: 'plain_text',
                text: `ERROR: performance gate${environment ? ` (${environment})` : ''}`,
                emoji: true,
            },
        },
        {
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: `:x: *ERROR*${where}: the gate could not run, ${count} in its settings. No request was sent to the target and no rollback is signalled.`,
            },
        },
        { type: 'section', text: { type: 'mrkdwn', text: `*Settings problems*\n${listed.join('\n')}` } },
        slackFooter(context.runUrl ? [[context.runUrl, 'Workflow run']] : [], [
            `loadgate ${context.toolVersion}`,
            context.generatedAt,
        ]),
    ];
    const fallback = `loadgate ERROR${target ? ` for ${shortenMiddle(target, 200)}` : ''}${environment ? ` (${environment})` : ''}: ${count} in the settings, no load sent`;
    return fitSlackMessage({ text: fallback, blocks });
}

;// CONCATENATED MODULE: ./src/publish.ts
/**
 * Sends the decided verdict where people and systems act on it: the workflow
 * artifact, a sticky PR comment, a check run, Slack and a Prometheus Pushgateway. Each runs in
 * its own try/catch with a time limit (runIntegration): a failure is one warning,
 * and nothing here can change the verdict, the outputs' figures or the files on disk.
 */













/** Time limits: the artifact client retries a 500 five times from 3 s and cannot be cancelled. */
const ARTIFACT_TIMEOUT_MS = 120_000;
const NOTIFY_TIMEOUT_MS = 20_000;
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const number = event.pull_request?.number;
        return typeof number === 'number' ? number : undefined;
    }
    catch {
        return undefined;
    }
}
function pullRequestHeadSha(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const sha = event.pull_request?.head?.sha;
        return typeof sha === 'string' && sha ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
function runnerContext(env = process.env) {
    const pr = pullRequestNumber(env.GITHUB_EVENT_PATH);
    const headSha = pullRequestHeadSha(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
    return {
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
        ...(pr !== undefined ? { pullRequestNumber: pr } : {}),
        ...(headSha ? { headSha } : {}),
        canUploadArtifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    };
}
async function publishResults(outcome, runner, log) {
    const { publish } = outcome.settings;
    const ctx = outcome.report;
    const jobKey = deriveJobKey(runner.job, outcome.settings);
    const result = {};
    if (publish.uploadArtifact && runner.canUploadArtifacts) {
        const uploaded = await runIntegration('Artifact upload', ARTIFACT_TIMEOUT_MS, () => publishArtifact({
            name: publish.artifactName,
            jobKey,
            files: outcome.bundleFiles,
            rootDir: outcome.reportDir,
            ...(publish.artifactRetentionDays !== undefined
                ? { retentionDays: publish.artifactRetentionDays }
                : {}),
            ...(runner.serverUrl ? { serverUrl: runner.serverUrl } : {}),
            ...(runner.repository ? { repository: runner.repository } : {}),
            ...(runner.runId ? { runId: runner.runId } : {}),
        }), log.warn);
        if (uploaded) {
            result.artifactId = uploaded.id;
            result.artifactName = uploaded.name;
            const url = uploaded.url ?? artifactUrl(uploaded.id, runner);
            if (url)
                result.artifactUrl = url;
            log.info(`Artifact ${uploaded.name} uploaded (id ${uploaded.id})`);
        }
    }
    else if (publish.uploadArtifact) {
        log.info('Artifact upload skipped: the artifact service is only reachable from a GitHub Actions job.');
    }
    const artifactLink = result.artifactUrl ? { artifactUrl: result.artifactUrl } : {};
    const tasks = [];
    if (publish.commentOnPr &&
        publish.githubToken &&
        runner.repository &&
        runner.pullRequestNumber !== undefined) {
        const token = publish.githubToken;
        const repository = runner.repository;
        const marker = prCommentMarker(jobKey);
        tasks.push(runIntegration('PR comment', NOTIFY_TIMEOUT_MS, (signal) => publishPrComment({
            token,
            repository,
            eventName: runner.eventName,
            pullRequestNumber: runner.pullRequestNumber,
            body: buildPrComment(ctx, { ...artifactLink, marker }),
            marker,
            signal,
        }), log.warn, { secrets: [token] }).then((comment) => {
            if (comment?.action === 'skipped')
                log.info(`PR comment skipped: ${comment.reason}.`);
            else if (comment)
                log.info(`PR comment ${comment.action}: ${comment.url}`);
        }));
    }
    if (publish.checkRun && publish.githubToken && runner.repository && runner.headSha) {
        const token = publish.githubToken;
        const repository = runner.repository;
        const headSha = runner.headSha;
        const content = buildCheckRun(ctx, outcome.markdown, { job: runner.job, detailsUrl: ctx.runUrl });
        tasks.push(runIntegration('Check run', NOTIFY_TIMEOUT_MS, async (signal) => {
            const done = await publishCheckRun({
                token,
                repository,
                headSha,
                content,
                startedAt: outcome.measurements.startedAt,
                completedAt: outcome.measurements.finishedAt,
                signal,
            });
            log.info(`Check run "${content.name}" ${done.action} (${done.annotations} annotations): ${done.url}`);
        }, log.warn, { secrets: [token] }));
    }
    const webhookUrl = publish.slackWebhookUrl;
    if (webhookUrl && shouldNotifySlack(outcome.evaluation.verdict, publish.slackNotifyOn)) {
        tasks.push(runIntegration('Slack notification', NOTIFY_TIMEOUT_MS, async (signal) => {
            await publishSlack({ webhookUrl, message: buildSlackMessage(ctx, artifactLink), signal });
            return true;
        }, log.warn, { secrets: [webhookUrl] }).then((sent) => {
            if (sent)
                log.info(`Slack notification sent (${outcome.evaluation.verdict}).`);
        }));
    }
    const pushgatewayUrl = publish.pushgatewayUrl;
    if (pushgatewayUrl) {
        tasks.push(runIntegration('Pushgateway push', NOTIFY_TIMEOUT_MS, (signal) => publishPushgateway({
            url: pushgatewayUrl,
            groupingLabels: pushgatewayGrouping(ctx, runner),
            metrics: renderPrometheusMetrics(ctx, {}, runner.runId ? { runId: runner.runId } : {}),
            signal,
        }), log.warn).then((pushed) => {
            if (pushed)
                log.info(`Pushgateway push: ${pushed.url} (HTTP ${pushed.statusCode}).`);
        }));
    }
    await Promise.all(tasks);
    return result;
}
/** Inputs as the settings read them: trimmed, '' for not given. */
function givenInput(inputs) {
    return (name) => inputs[name]?.trim() || undefined;
}
/**
 * The `error` verdict in Slack: the settings were refused, so nothing ran. Only Slack
 * hears of it (the other integrations report figures, and there are none), and only
 * when its own inputs are usable and `slack-notify-on` covers failures.
 */
async function publishSettingsError(inputs, issues, runUrl, log) {
    const given = givenInput(inputs);
    // Problems in these inputs were reported with the others: an unusable webhook means no message.
    const publish = resolvePublishSettings(given, []);
    const webhookUrl = publish.slackWebhookUrl;
    if (!webhookUrl || !shouldNotifySlack('error', publish.slackNotifyOn))
        return;
    const targetInput = given('target-url');
    const target = targetInput && URL.canParse(targetInput) ? displayUrl(targetInput) : undefined;
    const environment = given('environment');
    const message = buildSlackErrorMessage({
        issues,
        ...(target ? { target } : {}),
        ...(environment ? { environment } : {}),
        ...(runUrl ? { runUrl } : {}),
        toolVersion: TOOL_VERSION,
        generatedAt: new Date().toISOString(),
    });
    const sent = await runIntegration('Slack notification', NOTIFY_TIMEOUT_MS, async (signal) => {
        await publishSlack({ webhookUrl, message, signal });
        return true;
    }, log.warn, { secrets: [webhookUrl] });
    if (sent)
        log.info('Slack notification sent (error).');
}

;// CONCATENATED MODULE: ./src/settings-annotations.ts

/** One annotation per issue: the inputs' in the order found, then the file's by position. */
function settingsAnnotations(issues) {
    // The `where` of a file problem is written by formatFileLocation (config/file/load-config-file.ts).
    const located = issues.map((issue) => {
        const at = parseFileLocation(issue.where);
        const file = at && repositoryPath(at.file);
        return { issue, at: at && file ? { ...at, file } : undefined };
    });
    const inputs = located.filter((entry) => entry.at === undefined);
    const inFile = located
        .filter((entry) => entry.at !== undefined)
        .sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line || a.at.col - b.at.col);
    return [...inputs, ...inFile].map(({ issue, at }) => ({
        message: `${issue.where}: ${issue.message}`,
        properties: at
            ? { title: 'loadgate: invalid config', file: at.file, startLine: at.line, startColumn: at.col }
            : { title: 'loadgate: invalid settings' },
    }));
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's orchestration: read settings, run the gate, publish, set outputs.
 * The single try/catch lives here; every phase below it either returns or throws.
 */
















async function run() {
    // Cancelling the workflow sends SIGINT/SIGTERM: stop the load, keep the partial report.
    const cancel = new AbortController();
    const onSignal = (signal) => cancel.abort(`cancelled (${signal})`);
    // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const inputs = readActionInputs();
    try {
        const runnerTemp = process.env.RUNNER_TEMP;
        const settings = readSettings(inputs, {
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            // Workflows often put outputs under the runner's temp directory; nothing else outside the workspace.
            outputRoots: runnerTemp ? [runnerTemp] : [],
        });
        for (const secret of secretsOf(settings))
            core/* setSecret */.Pq(secret);
        const baseline = await loadBaselinePhase(settings);
        const outcome = await runLoadPhase(settings, cancel.signal, baseline);
        // The verdict is decided: outputs first, so nothing that follows can lose them.
        setOutputs(gateOutputs(outcome));
        const published = await publish(outcome);
        setOutputs({
            'artifact-id': published.artifactId === undefined ? '' : String(published.artifactId),
            'artifact-url': published.artifactUrl ?? '',
            'artifact-name': published.artifactName ?? '',
        });
        concludeStep(outcome);
    }
    catch (error) {
        setOutputs(errorOutputs());
        if (error instanceof SettingsError) {
            // A user mistake: one annotation per issue, no stack trace.
            for (const { message, properties } of settingsAnnotations(error.issues))
                core/* error */.z3(message, properties);
            // Not core.ExitCode: @github/local-action's stand-in for @actions/core has no such export.
            process.exitCode = 1;
            // `slack-notify-on: failure` covers this verdict too; no load has run.
            for (const secret of [inputs['slack-webhook-url'], inputs['github-token']]) {
                if (secret.trim())
                    core/* setSecret */.Pq(secret.trim());
            }
            await publishSettingsError(inputs, error.issues, workflowRunUrl(), {
                info: core/* info */.pq,
                warn: core/* warning */.$e,
            });
        }
        else {
            const message = error instanceof Error ? error.message : String(error);
            if (error instanceof Error && error.stack)
                core/* debug */.Yz(error.stack);
            core/* setFailed */.C1(`loadgate could not complete: ${message}`);
        }
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** Before any request: a baseline that cannot be had is one warning, and the run goes on. */
async function loadBaselinePhase(settings) {
    const whenMissing = settings.baseline?.missing ?? 'fail';
    const kind = settings.baseline?.source.kind;
    if (kind !== 'results' && kind !== 'artifact')
        return undefined;
    core/* startGroup */.Oh(`Baseline: ${kind === 'results' ? 'an earlier results.json' : 'the last successful run'}`);
    try {
        const baseline = await loadBaseline(settings);
        if (baseline && 'missing' in baseline)
            core/* warning */.$e(describeBaseline(baseline, whenMissing));
        else if (baseline)
            core/* info */.pq(describeBaseline(baseline, whenMissing));
        return baseline;
    }
    finally {
        core/* endGroup */.N4();
    }
}
async function runLoadPhase(settings, signal, baseline) {
    core/* startGroup */.Oh(`Load: ${describeRun(settings)}`);
    try {
        const runUrl = workflowRunUrl();
        return await runGate(settings, {
            signal,
            onProgress: (sample) => core/* info */.pq(formatProgressLine(sample)),
            ...(runUrl ? { runUrl } : {}),
            ...(baseline ? { baseline } : {}),
        });
    }
    finally {
        core/* endGroup */.N4();
    }
}
function secretsOf(settings) {
    const { slackWebhookUrl, githubToken } = settings.publish;
    // Captured values (tokens) are not known up front: they are never logged or written instead.
    return [
        ...sensitiveHeaderValues(settings),
        ...trafficSecretValues(settings.traffic),
        slackWebhookUrl,
        githubToken,
    ].filter((s) => Boolean(s));
}
/** Integrations never change the verdict: each failure is one warning. */
async function publish(outcome) {
    core/* startGroup */.Oh('Publish');
    try {
        core/* info */.pq(`Report: ${outcome.reportPath}`);
        core/* info */.pq(`Results: ${outcome.resultsPath}`);
        try {
            await publishJobSummary(outcome.markdown);
            core/* info */.pq('Job summary written.');
        }
        catch (error) {
            core/* warning */.$e(`Job summary not written: ${describeError(error)}`);
        }
        try {
            return await publishResults(outcome, runnerContext(), { info: core/* info */.pq, warn: core/* warning */.$e });
        }
        catch (error) {
            // Each integration already isolates its own failures; this guards the code around them.
            core/* warning */.$e(`Publishing stopped: ${describeError(error)}`);
            return {};
        }
    }
    finally {
        core/* endGroup */.N4();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
function concludeStep(outcome) {
    const { verdict, results } = outcome.evaluation;
    const failed = results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
    const marginal = results.filter((r) => r.status === 'marginal').map((r) => r.threshold.source);
    const partial = partialPlanNote(outcome.measurements);
    const stopped = outcome.measurements.stoppedEarly
        ? ` Load stopped early: ${outcome.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}.`
        : '';
    if (verdict === 'error') {
        // The target was not reached: a setup problem, so the step fails as for bad input, whatever fail-on-breach says.
        const why = outcome.evaluation.reasons.join('; ') || 'the run could not judge the target';
        core/* setFailed */.C1(`Performance gate error: ${why}. The canary was not judged; no rollback is signalled.${stopped}`);
    }
    else if (verdict === 'inconclusive') {
        const why = outcome.evaluation.reasons.join('; ');
        const message = `Performance gate inconclusive: ${why}. The figures cannot judge the target; no rollback is signalled.`;
        if (outcome.settings.failOnBreach)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} The step passes because fail-on-breach is false.`);
    }
    else if (verdict === 'fail') {
        const regressions = regressionLines(outcome.evaluation);
        const against = regressions.length > 0 ? ` Against the baseline: ${regressions.join('; ')}.` : '';
        const message = `Performance gate failed: ${failed.length} of ${results.length} SLOs breached (${failed.join('; ')}).${against}${stopped}${outcome.rollback ? ' Rollback signalled.' : ''}`;
        if (outcome.settings.failOnBreach)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} The step passes because fail-on-breach is false.`);
    }
    else if (verdict === 'marginal') {
        core/* warning */.$e(`Performance gate marginal: ${marginal.join('; ')} within the marginal band.${stopped}`);
    }
    else if (results.length === 0) {
        core/* notice */.lm(`Performance gate passed: no thresholds were set.${stopped}`);
    }
    else {
        core/* notice */.lm(`Performance gate passed: ${results.length} SLOs met.${stopped}`);
    }
}


/***/ })

};
