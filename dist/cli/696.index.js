export const id = 696;
export const ids = [696];
export const modules = {

/***/ 23230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ MIN_INTERVALS),
  R: () => (/* binding */ judgeRelativeThreshold)
});

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


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bv: () => (/* binding */ runClosedModel),
  Su: () => (/* binding */ runClosedModelWithBaseline)
});

// UNUSED EXPORTS: CONTROL_INTERVAL_MS

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/http/classify-outcome.ts
var classify_outcome = __webpack_require__(66500);
// EXTERNAL MODULE: ./src/engine/http/http-client.ts + 3 modules
var http_client = __webpack_require__(85139);
// EXTERNAL MODULE: ./src/engine/load-share.ts
var load_share = __webpack_require__(70190);
// EXTERNAL MODULE: ./src/engine/traffic/endpoint-picker.ts
var endpoint_picker = __webpack_require__(88562);
// EXTERNAL MODULE: ./src/engine/traffic/vu-session.ts + 4 modules
var vu_session = __webpack_require__(25772);
;// CONCATENATED MODULE: ./src/engine/executors/iteration-budget.ts

class IterationBudget {
    settings;
    /** Iterations this part is to run. */
    planned;
    taken = 0;
    /** Iterations whose request completed (counted, not cut). */
    completed = 0;
    constructor(settings, share, vus) {
        this.settings = settings;
        const ownVus = (0,load_share/* positionsOwned */.qQ)(share, vus);
        this.planned =
            settings.kind === 'per-vu' ? settings.iterations * ownVus : (0,load_share/* positionsOwned */.qQ)(share, settings.iterations);
    }
    /** Takes the next iteration for a VU that has taken `done` so far; false when it has none left. */
    take(done) {
        if (this.taken >= this.planned)
            return false;
        if (this.settings.kind === 'per-vu' && done >= this.settings.iterations)
            return false;
        this.taken++;
        return true;
    }
    /** Why the plan is not complete, or undefined when every iteration ran. */
    shortfall(maxDurationMs) {
        if (this.completed >= this.planned)
            return undefined;
        return `max-duration (${Math.round(maxDurationMs / 1000)}s) ended with ${this.completed} of ${this.planned} iterations done`;
    }
}

// EXTERNAL MODULE: ./src/engine/executors/load-run.ts + 1 modules
var load_run = __webpack_require__(78907);
// EXTERNAL MODULE: ./src/engine/executors/stages.ts
var stages = __webpack_require__(30112);
// EXTERNAL MODULE: ./src/engine/executors/twin-targets.ts + 1 modules
var twin_targets = __webpack_require__(29325);
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
        this.traffic = (0,vu_session/* needsSessions */.v4)(lane.settings) ? new vu_session/* TrafficPlan */.R6(lane.settings, lane.target, random) : null;
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
    /** With a session: when the current iteration's first gated request was sent (a re-login inside it counts); -1 between iterations. */
    iterationStartMs = -1;
    /** Iterations this VU took from the run's budget. */
    iterations = 0;
    loopNext = () => this.next();
    /**
     * @param draws the pair's draws (with a live baseline), else null: the run's shared picker and source
     * @param partner the canary VU this one is the baseline twin of: its data record is taken
     * @param position the VU's global index across every part of the load (its data record follows it)
     */
    constructor(run, lane, draws, partner, position) {
        this.run = run;
        this.lane = lane;
        const traffic = lane.traffic;
        this.session =
            traffic === null
                ? null
                : partner !== null && draws !== null
                    ? traffic.sessionWith(partner.session?.record, draws)
                    : traffic.session(draws ?? undefined, position);
        this.pickIndex = draws === null ? run.pickIndex : (request) => run.picker.indexAt(draws.pick(request));
        this.connection = new http_client/* Connection */.Ng(lane.lane.target, {
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
        const budget = this.run.budget;
        if (budget !== null && (this.session === null || this.session.nextIsNew)) {
            if (!budget.take(this.iterations)) {
                this.becomeIdle();
                this.state = 'done';
                this.run.vuExhausted();
                return;
            }
            this.iterations++;
        }
        if (this.session !== null) {
            const out = this.session.next(this.pickIndex);
            if (!out.setup && this.iterationStartMs < 0)
                this.iterationStartMs = external_node_perf_hooks_.performance.now();
            this.connection.send(out.endpoint, out.options);
        }
        else {
            this.connection.send(this.lane.lane.target.endpoints[this.pickIndex(this.picked++)]);
        }
    }
    onResult(result) {
        let delayMs = 0;
        if (!result.cancelled) {
            if (result.synchronous && (0,classify_outcome/* isInvalidArgument */.hP)(result.error)) {
                // The request could not even be built (e.g. an invalid header value): a setup error, not a measurement.
                this.run.fail(result.error);
                this.becomeIdle();
                return;
            }
            const recorder = this.lane.lane.recorder;
            const budget = this.run.budget;
            if (this.session === null) {
                recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
                // Plain traffic: an iteration is one request, from its dispatch.
                recorder.recordIteration((result.endMs - result.startMs) * 1000);
                if (budget !== null)
                    budget.completed++;
            }
            else {
                const done = this.session.complete(result);
                if (done.record) {
                    recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
                    const startMs = this.iterationStartMs >= 0 ? this.iterationStartMs : result.startMs;
                    recorder.recordIteration((result.endMs - startMs) * 1000);
                    this.iterationStartMs = -1;
                    if (budget !== null)
                        budget.completed++;
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
class ClosedModelRun extends load_run/* LoadRun */.CX {
    picker;
    closedLanes;
    /** Seeds of the VU pairs, with a live baseline; else null. */
    seeds;
    plannedMs;
    /** This run's part of the VUs: at a level of L it runs positionsOwned(share, L) of them. */
    share;
    /** The canary's VUs (each holds its baseline twin); local index i is global VU globalPosition(share, i). */
    vus = [];
    controlTimer;
    endTimer;
    /** per-vu-iterations / shared-iterations: the iterations left; null: the stages alone end the load. */
    budget;
    constructor(settings, options) {
        if (settings.endpoints.length === 0)
            throw new Error('runClosedModel: no endpoints');
        if (settings.stages.length === 0)
            throw new Error('runClosedModel: no stages');
        super(settings, options, (0,stages/* totalDurationMs */.$v)(settings.stages));
        this.plannedMs = (0,stages/* totalDurationMs */.$v)(settings.stages);
        this.picker = new endpoint_picker/* EndpointPicker */.w(settings.endpoints.map((endpoint) => endpoint.weight), options.random);
        this.closedLanes = this.lanes.map((lane) => new ClosedLane(lane, options.random));
        this.seeds = this.lanes.length > 1 ? new twin_targets/* TwinSeeds */.D8(options.random) : null;
        this.share = options.share ?? load_share/* WHOLE_LOAD */.zL;
        this.budget = settings.iterations
            ? new IterationBudget(settings.iterations, this.share, settings.maxVus)
            : null;
    }
    /** A VU ran out of iterations: when all have (or this part has none to run), the load is over. */
    vuExhausted() {
        if (this.vus.every((vu) => vu.state === 'done'))
            this.drain();
    }
    planShortfall() {
        return this.budget?.shortfall(this.plannedMs);
    }
    plannedLength(ranMs) {
        // An iteration budget that ran out before max-duration is a whole plan.
        return this.budget !== null && this.budget.shortfall(this.plannedMs) === undefined
            ? Math.min(ranMs, this.plannedMs)
            : this.plannedMs;
    }
    pickIndex = () => this.picker.next();
    vuDeactivated() {
        this.finishWhenIdle();
    }
    /** This run's VU `local` (global VU globalPosition(share, local)), with its twin on the baseline when there is one. */
    newVu(local) {
        const [canary, baseline] = this.closedLanes;
        const index = (0,load_share/* globalPosition */.N_)(this.share, local);
        const seed = this.seeds?.pair(index);
        const vu = new VirtualUser(this, canary, seed === undefined ? null : new twin_targets/* TwinDraws */.qd(seed), null, index);
        if (baseline !== undefined && seed !== undefined) {
            vu.twin = new VirtualUser(this, baseline, new twin_targets/* TwinDraws */.qd(seed), vu, index);
            vu.twinFirst = index % 2 === 1;
        }
        return vu;
    }
    startLoad() {
        this.controlTimer = setInterval(() => this.control(), CONTROL_INTERVAL_MS);
        this.endTimer = setTimeout(() => this.drain(), this.plannedMs);
        this.control();
        if (this.budget !== null && this.budget.planned === 0)
            this.drain();
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
        const wanted = (0,load_share/* positionsOwned */.qQ)(this.share, (0,stages/* vusAt */.am)(this.settings.stages, elapsedMs));
        let running = 0;
        // A VU whose iterations ran out keeps its place: no other VU is started for it.
        for (const vu of this.vus)
            if (vu.state === 'running' || vu.state === 'done')
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


/***/ }),

/***/ 78907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CX: () => (/* binding */ LoadRun),
  qx: () => (/* binding */ abortReasonText)
});

// UNUSED EXPORTS: PLAN_SLACK_MS, planProgress

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/http/transport.ts + 1 modules
var http_transport = __webpack_require__(47202);
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
    seconds;
    lag = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: LAG_RESOLUTION_MS });
    timer;
    startMs = 0;
    cpuStart = { user: 0, system: 0 };
    peakRss = 0;
    rssSamples = [];
    stopped = false;
    constructor(checks, snapshot, stop, seconds) {
        this.checks = checks;
        this.snapshot = snapshot;
        this.stop = stop;
        this.seconds = seconds;
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
        const live = {
            elapsedMs,
            snapshot: () => (cached ??= this.snapshot()),
            ...(this.seconds !== undefined ? { seconds: this.seconds } : {}),
        };
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

// EXTERNAL MODULE: ./src/engine/executors/twin-targets.ts + 1 modules
var twin_targets = __webpack_require__(29325);
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
    graceTimer;
    onAbort = () => this.cancel(abortReasonText(this.options.signal?.reason));
    resolve;
    reject;
    constructor(settings, options, plannedMs) {
        this.settings = settings;
        this.options = options;
        this.planLengthMs = plannedMs;
        this.lanes = (0,twin_targets/* buildLanes */.s4)(settings, { plannedMs, ...(options.now ? { wallClock: options.now } : {}) });
        this.target = this.lanes[0].target;
        this.recorder = this.lanes[0].recorder;
        this.monitor = new RunMonitor(options.liveChecks ?? [], () => this.liveSnapshot(), (reason) => this.cancel(reason), () => this.recorder.closedSeconds());
    }
    /** What the abortOnFail checks judge while the load runs. */
    liveSnapshot() {
        return this.recorder.snapshot();
    }
    /** Gives the recorders what only the executor knows of iterations and VUs (vus_max, dropped_iterations). */
    noteExecution() { }
    /** Why the plan was not completed although nothing stopped it (an iteration budget left at max-duration), or undefined. */
    planShortfall() {
        return undefined;
    }
    /** The plan's length for a run that lasted `ranMs`: the stages', unless the plan is a count that ran out sooner. */
    plannedLength(_ranMs) {
        return this.planLengthMs;
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
    /**
     * Work before the clock starts (opening connections); undefined when there is none,
     * so a run without it starts in the same turn as `run()`.
     */
    prepare() {
        return undefined;
    }
    begin() {
        const ready = this.prepare();
        if (ready === undefined)
            this.beginLoad();
        else
            ready.then(() => this.beginLoad(), (error) => this.reject(error instanceof Error ? error : new Error(String(error))));
    }
    beginLoad() {
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
        this.options.attach?.({
            snapshot: () => this.liveSnapshot(),
            progress: () => this.recorder.progress(),
            seconds: () => this.recorder.closedSeconds(),
        });
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
        const grace = this.options.gracefulStopMs;
        if (grace !== undefined) {
            this.graceTimer = setTimeout(() => {
                if (this.phase !== 'draining')
                    return;
                this.cutLoad();
                this.finishWhenIdle();
            }, grace);
        }
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
        clearTimeout(this.graceTimer);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        const generator = this.monitor.finish();
        for (const lane of this.lanes)
            lane.recorder.finish(this.stoppedEarly);
        this.noteExecution();
        const measured = this.lanes.map((lane, index) => {
            const snapshot = lane.recorder.snapshot();
            const shortfall = this.stoppedEarly === undefined ? this.planShortfall() : undefined;
            const plannedMs = this.plannedLength(snapshot.durationMs);
            const plan = shortfall === undefined
                ? planProgress(plannedMs, snapshot.durationMs, this.stoppedEarly)
                : {
                    ...planProgress(plannedMs, snapshot.durationMs, shortfall),
                    completed: false,
                    stoppedBy: shortfall,
                };
            const transport = (0,http_transport/* describeTransport */.Fm)(lane.target.transport);
            return { ...snapshot, ...this.extraMeasurements(index), generator, plan, transport };
        });
        await this.closeConnections();
        if (this.failure)
            this.reject(this.failure);
        else
            this.resolve({ measurements: measured[0], ...(measured[1] ? { baseline: measured[1] } : {}) });
    }
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xb: () => (/* binding */ runOpenModel),
  _g: () => (/* binding */ runOpenModelWithBaseline)
});

// UNUSED EXPORTS: OpenModelRun

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/http/classify-outcome.ts
var classify_outcome = __webpack_require__(66500);
// EXTERNAL MODULE: ./src/engine/load-share.ts
var load_share = __webpack_require__(70190);
// EXTERNAL MODULE: ./src/engine/traffic/endpoint-picker.ts
var endpoint_picker = __webpack_require__(88562);
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

// EXTERNAL MODULE: ./src/engine/executors/load-run.ts + 1 modules
var load_run = __webpack_require__(78907);
// EXTERNAL MODULE: ./src/engine/traffic/vu-session.ts + 4 modules
var vu_session = __webpack_require__(25772);
;// CONCATENATED MODULE: ./src/engine/executors/open-journey.ts
/**
 * Full journeys in the open model (arrival-rate executors): each slot is a VU with its
 * own session (engine/traffic/vu-session.ts), and each arrival is one iteration of it.
 * A VU logs in on its first arrival (its setup requests, then the arrival's gated
 * request, on the same connection), keeps its captures, checks its responses and its
 * tenant, and logs in again after a 401, exactly as a closed-model VU does.
 *
 * Timing: an arrival's gated request is measured from its intended send time, as in the
 * plain open model, less the time its VU spent on setup for it (a login is not the
 * gated request's latency; it is measured apart, in the setup figures). Think time does
 * not apply: the arrival rate paces the iterations. A VU whose setup failed retries it
 * after the usual back-off while holding its slot; an arrival still in setup when the
 * load is cut is counted as dropped, never lost silently.
 */


/** The sessions of one lane's slots; null for plain traffic. */
function journeyPlan(lane, random) {
    return (0,vu_session/* needsSessions */.v4)(lane.settings) ? new vu_session/* TrafficPlan */.R6(lane.settings, lane.target, random) : null;
}
/** Per-slot journey state. */
class SlotJourney {
    session;
    /** The endpoint of the arrival in progress. */
    endpoint = 0;
    /** When the arrival in progress was sent (its first request, maybe a setup step), performance.now() ms. */
    arrivalSentMs = 0;
    /** Time the arrival spent on setup before its gated request, ms. */
    setupMs = 0;
    timer = null;
    constructor(session) {
        this.session = session;
    }
    /** Sends the arrival's next request: a setup step or its gated request. */
    sendNext(connection) {
        const out = this.session.next(() => this.endpoint);
        if (!out.setup)
            this.setupMs = Math.max(0, external_node_perf_hooks_.performance.now() - this.arrivalSentMs);
        connection.send(out.endpoint, out.options);
    }
    /** Starts arrival with endpoint `endpoint` on the slot. */
    begin(connection, endpoint, now) {
        this.endpoint = endpoint;
        this.arrivalSentMs = now;
        this.setupMs = 0;
        this.sendNext(connection);
    }
    /** The pause the session asked for after its last non-gated result (a failed setup's back-off), ms. */
    delayMs = 0;
    /**
     * A result of this slot: `record` for the arrival's gated request (measure it),
     * `continue` when the journey goes on (a setup step done or failed, a re-login), `skip`
     * for a result that is no measurement.
     */
    complete(result) {
        if (result.cancelled)
            return 'skip';
        const done = this.session.complete(result);
        this.delayMs = done.delayMs;
        return done.record ? 'record' : 'continue';
    }
    /** The journey goes on after its pause (a failed setup's back-off), or in the next turn. */
    schedule(resume) {
        if (this.delayMs > 0) {
            this.timer = setTimeout(() => {
                this.timer = null;
                resume();
            }, this.delayMs);
        }
        else
            setImmediate(resume);
    }
    /** Stops a pending pause; true when one was pending (the arrival is then abandoned). */
    cancelPause() {
        if (this.timer === null)
            return false;
        clearTimeout(this.timer);
        this.timer = null;
        return true;
    }
}

// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
// EXTERNAL MODULE: ./src/engine/http/http-client.ts + 3 modules
var http_client = __webpack_require__(85139);
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
    /** Since when the slot has been free (its last result, or 0 for one opened before the start). */
    freeSinceMs = 0;
    /** How late the generator sent the request in flight after it was due and this slot was free, ms. */
    generatorDelayMs = 0;
    /** The slot's VU session, with realistic traffic (open-journey.ts); null for plain requests. */
    journey = null;
    constructor(lane, onResult, onInternalError) {
        this.lane = lane;
        this.connection = new http_client/* Connection */.Ng(lane.lane.target, {
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
    uncorrected = new latency_histogram/* LatencyHistogram */.t2();
    /** The generator's own send delays (see open-model.ts), µs. */
    generatorDelay = new latency_histogram/* LatencyHistogram */.t2();
    /** @param index 0 for the canary, 1 for the live baseline */
    constructor(lane, index, tickMs) {
        this.lane = lane;
        this.index = index;
        this.pool = new PoolGrowth(tickMs);
    }
    /** Tells the recorder k6's vus_max (the connections opened) and dropped_iterations (the dropped arrivals). */
    noteExecution() {
        this.lane.recorder.setExecution({ vusMax: this.slots.length, droppedIterations: this.dropped });
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
            generatorDelay: this.generatorDelay.summary(),
        };
    }
}

// EXTERNAL MODULE: ./src/engine/executors/twin-targets.ts + 1 modules
var twin_targets = __webpack_require__(29325);
;// CONCATENATED MODULE: ./src/engine/executors/open-model.ts
/**
 * The open model: requests arrive at the rate the stages give (requests per second),
 * whether or not the target keeps up, as production traffic does (k6's
 * constant-arrival-rate and ramping-arrival-rate executors, wrk2's constant throughput).
 *
 * - Each request has an intended send time from the {@link ArrivalSchedule}. A timer
 *   (1 ms granularity) sends every request that is due on a free slot.
 * - A slot is a {@link Connection} (the same prepared-request/exchange path as the
 *   closed model), one request in flight each; at most `maxVus` of them. Those the peak
 *   rate needs on a fast target are opened before the schedule starts (as wrk2 and k6's
 *   `preAllocatedVUs` do), more only as the target needs them (see pool-growth.ts).
 * - When all `maxVus` slots are busy, due requests wait in a backlog, in order, and go
 *   out as slots free up, late. A request that has waited as long as the request
 *   timeout is **dropped** (it could not have been answered in time), as is any still
 *   waiting when the schedule ends: counted in `dropped`, never silently skipped.
 * - Latency is recorded from the intended send time (corrected for coordinated omission;
 *   every threshold uses it) and from the actual send (uncorrected, kept apart). The
 *   generator's own lateness (timer, GC, a busy loop) is taken off the corrected figure
 *   and reported apart (`arrival.generatorDelay`); a gap the generator may still have
 *   caused makes the run inconclusive (slo/generator-stall.ts).
 *
 * End and cancel as in the closed model. A live baseline gets each arrival too (open-lane.ts).
 * With realistic traffic each slot is a VU, each arrival an iteration of its journey (open-journey.ts).
 */









/** The scheduler's timer period when requests are due often, ms (Node's timer granularity). */
const TICK_MS = 1;
/**
 * Connections opened before the schedule starts: what the peak rate needs if a request holds
 * its connection this long, so a fast target takes a burst of due requests after a pause of
 * the generator without a backlog; a slower one grows the pool from there (pool-growth.ts).
 */
const PREOPEN_HOLD_MS = 10;
/** The longest the start waits for pre-opened connections, ms. */
const PREOPEN_WAIT_MS = 2000;
/** Runs the open-model load `settings` describe (`settings.stages` in requests per second). */
async function runOpenModel(settings, options = {}) {
    return (await runOpenModelWithBaseline(settings, options)).measurements;
}
/** The same, with the live baseline's measurements when the settings have one. */
function runOpenModelWithBaseline(settings, options = {}) {
    return new OpenModelRun(settings, options).run();
}
class OpenModelRun extends load_run/* LoadRun */.CX {
    schedule;
    picker;
    /** With a live baseline: arrival n's endpoint, the same for both lanes; else null (the picker's own source). */
    seeds;
    maxVus;
    /** This run's part of the arrivals: local arrival m is the schedule's arrival globalPosition(share, m). */
    share;
    openLanes;
    /** Each lane's sessions, with realistic traffic (open-journey.ts); null entries for plain requests. */
    plans;
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
        this.picker = new endpoint_picker/* EndpointPicker */.w(settings.endpoints.map((endpoint) => endpoint.weight), options.random);
        this.seeds = this.lanes.length > 1 ? new twin_targets/* TwinSeeds */.D8(options.random) : null;
        this.share = options.share ?? load_share/* WHOLE_LOAD */.zL;
        // The cap on requests in flight is split like the arrivals, so the parts' caps add up to it.
        this.maxVus = Math.max(1, (0,load_share/* positionsOwned */.qQ)(this.share, settings.maxVus));
        this.openLanes = this.lanes.map((lane, index) => new OpenLane(lane, index, TICK_MS));
        this.plans = this.lanes.map((lane) => journeyPlan(lane, options.random));
        this.sink = options.sink;
    }
    /** When this part's arrival `local` is due, ms since the start (every part computes the same global schedule). */
    timeOf(local) {
        return this.schedule.timeOf((0,load_share/* globalPosition */.N_)(this.share, local));
    }
    /** Opens the connections the peak rate needs on a fast target before the clock starts. */
    prepare() {
        const peak = Math.max(0, ...this.settings.stages.map((stage) => stage.target));
        const preAllocated = this.settings.preAllocatedVus;
        const wanted = preAllocated !== undefined
            ? (0,load_share/* positionsOwned */.qQ)(this.share, preAllocated)
            : Math.ceil((peak * PREOPEN_HOLD_MS) / 1000) + 2;
        const count = Math.min(this.maxVus, wanted);
        const opening = [];
        for (const lane of this.openLanes) {
            for (let i = 0; i < count; i++) {
                const slot = this.newSlot(lane);
                lane.idle.push(slot);
                opening.push(slot.connection.preconnect());
            }
        }
        let timer;
        const limit = new Promise((resolve) => (timer = setTimeout(resolve, PREOPEN_WAIT_MS)));
        return Promise.race([Promise.all(opening), limit]).then(() => clearTimeout(timer));
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
        const rate = this.schedule.rateAt(elapsed) / this.share.count;
        for (const lane of this.openLanes)
            lane.pool.startTick(now, lane.slots.length, rate);
        if (elapsed >= this.schedule.durationMs) {
            this.drain(now);
            return;
        }
        this.release(now);
        if (this.phase !== 'running')
            return;
        const nextAt = this.timeOf(this.due);
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
        while (this.timeOf(this.due) <= elapsed)
            this.due++;
        // Backlogged requests that have waited as long as the timeout are dropped.
        const dropBefore = elapsed - this.settings.timeoutMs;
        for (const lane of this.openLanes) {
            while (lane.nextToSend < this.due && this.timeOf(lane.nextToSend) <= dropBefore) {
                // The breakpoint's sink sees the canary's drops (a live baseline does not run breakpoint).
                if (lane.index === 0)
                    this.sink?.drop?.(this.timeOf(lane.nextToSend));
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
        const slot = this.newSlot(lane);
        // Free from now: the wait before it was opened is not the generator's delay.
        slot.freeSinceMs = external_node_perf_hooks_.performance.now();
        return slot;
    }
    /** A new slot of the lane (a VU: with realistic traffic, its session takes the data row of its global index). */
    newSlot(lane) {
        const slot = new Slot(lane, this.onResultBound, this.onErrorBound);
        const plan = this.plans[lane.index];
        if (plan)
            slot.journey = new SlotJourney(plan.session(undefined, (0,load_share/* globalPosition */.N_)(this.share, lane.slots.length)));
        lane.slots.push(slot);
        return slot;
    }
    /** Sends the lane's next arrival on `slot`. */
    send(lane, slot, now) {
        const n = lane.nextToSend++;
        slot.intendedMs = this.startMs + this.timeOf(n);
        slot.sentAtMs = now;
        // Due and on a free connection since `ready`: any time after that is the generator's own.
        const ready = Math.max(slot.intendedMs, slot.freeSinceMs);
        slot.generatorDelayMs = now > ready ? now - ready : 0;
        lane.sent++;
        lane.inFlight++;
        if (lane.inFlight > lane.peakInFlight)
            lane.peakInFlight = lane.inFlight;
        lane.lane.recorder.setVus(lane.inFlight, now);
        const endpoint = this.seeds === null
            ? this.picker.next()
            : this.picker.indexAt(this.seeds.arrival((0,load_share/* globalPosition */.N_)(this.share, n)));
        if (slot.journey !== null)
            slot.journey.begin(slot.connection, endpoint, now);
        else
            slot.connection.send(lane.lane.target.endpoints[endpoint]);
    }
    /** A result of a slot with a session that is not the arrival's gated request: go on with the journey, or let the slot go. */
    continueJourney(slot, journey) {
        // Once the schedule is over, a VU waiting to retry its login gives its arrival up.
        if (this.phase !== 'running' && journey.delayMs > 0)
            return this.abandon(slot);
        journey.schedule(() => {
            if (this.phase === 'cancelling' || this.phase === 'finished')
                this.abandon(slot);
            else
                journey.sendNext(slot.connection);
        });
    }
    /** An arrival cut before its gated request went out: counted as dropped, the slot freed. */
    abandon(slot) {
        const lane = slot.lane;
        lane.dropped++;
        lane.sent--;
        lane.inFlight--;
        lane.idle.push(slot);
        this.finishWhenIdle();
    }
    /** A slot's request ended. */
    onResult(slot, result) {
        const lane = slot.lane;
        const recorder = lane.lane.recorder;
        const journey = slot.journey;
        if (journey !== null && !(result.synchronous && (0,classify_outcome/* isInvalidArgument */.hP)(result.error))) {
            const step = journey.complete(result);
            if (step === 'continue') {
                this.continueJourney(slot, journey);
                return;
            }
        }
        lane.inFlight--;
        recorder.setVus(lane.inFlight, result.endMs);
        if (!result.cancelled) {
            if (result.synchronous && (0,classify_outcome/* isInvalidArgument */.hP)(result.error)) {
                this.fail(result.error);
            }
            else {
                const outcome = result.outcome;
                // From the intended send time, with any wait for a free slot (the target held
                // them all) but without the generator's own lateness in sending it.
                const setupMs = journey?.setupMs ?? 0;
                const correctedUs = (result.endMs - slot.intendedMs - slot.generatorDelayMs - setupMs) * 1000;
                recorder.record(result.endpoint.index, correctedUs, outcome, result.endMs);
                // An arrival is one iteration, from its actual send (k6 times arrival-rate iterations so), a first login apart.
                const iterationUs = (result.endMs - slot.sentAtMs - setupMs) * 1000;
                recorder.recordIteration(iterationUs);
                if (outcome.sent)
                    lane.uncorrected.recordMicros(result.latencyUs);
                lane.generatorDelay.recordMicros(slot.generatorDelayMs * 1000);
                lane.pool.noteHold(result.endMs - slot.sentAtMs);
                const intendedAtMs = slot.intendedMs - this.startMs;
                if (lane.index === 0)
                    this.sink?.record(result.endpoint.index, correctedUs, outcome, result.endMs, intendedAtMs, iterationUs);
            }
        }
        slot.freeSinceMs = result.endMs;
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
    noteExecution() {
        for (const lane of this.openLanes)
            lane.noteExecution();
    }
    liveSnapshot() {
        this.noteExecution();
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
                    this.sink.drop(this.timeOf(i));
            lane.dropped += this.due - lane.nextToSend;
            lane.nextToSend = this.due;
        }
    }
    cutLoad() {
        this.closeWindow(external_node_perf_hooks_.performance.now());
        for (const lane of this.openLanes) {
            for (const slot of lane.slots) {
                if (slot.journey?.cancelPause())
                    this.abandon(slot);
                else
                    slot.connection.cancel();
            }
        }
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
        const plan = this.plans[lane];
        return {
            arrival: this.arrivalFigures(this.openLanes[lane], external_node_perf_hooks_.performance.now()),
            ...(plan ? { traffic: plan.recorder.snapshot() } : {}),
        };
    }
}


/***/ }),

/***/ 30112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ totalDurationMs),
/* harmony export */   am: () => (/* binding */ vusAt)
/* harmony export */ });
/* unused harmony exports vuLevelAt, peakVus */
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


/***/ }),

/***/ 29325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qd: () => (/* binding */ TwinDraws),
  D8: () => (/* binding */ TwinSeeds),
  s4: () => (/* binding */ buildLanes),
  M2: () => (/* binding */ liveBaselineLabel),
  T5: () => (/* binding */ liveBaselineUrl)
});

// EXTERNAL MODULE: ./src/metrics/metrics-recorder.ts + 4 modules
var metrics_recorder = __webpack_require__(15678);
// EXTERNAL MODULE: ./src/engine/http/prepared-target.ts
var prepared_target = __webpack_require__(97066);
// EXTERNAL MODULE: ./src/engine/selection-options.ts
var selection_options = __webpack_require__(60511);
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
        target: (0,prepared_target/* prepareTarget */.z)(laneSettings),
        recorder: new metrics_recorder/* MetricsRecorder */.k(laneSettings.endpoints, {
            ...recorderOptions,
            ...(0,selection_options/* selectionOptions */.l)(laneSettings, settings.scenarioName),
            ...(settings.scenarioName !== undefined ? { scenario: settings.scenarioName } : {}),
            ...(settings.scenarioTags !== undefined ? { scenarioTags: settings.scenarioTags } : {}),
        }),
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


/***/ }),

/***/ 66500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ isInvalidArgument),
/* harmony export */   ov: () => (/* binding */ errorCause),
/* harmony export */   xo: () => (/* binding */ classifyStatus)
/* harmony export */ });
/* unused harmony export classifyError */
/* harmony import */ var _metrics_error_causes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5420);
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
            if ((0,_metrics_error_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownCause */ .L8)(code))
                return code;
            fallback ??= (0,_metrics_error_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .asCause */ .kv)(code);
        }
        else if (name === 'HTTPParserError') {
            fallback ??= _metrics_error_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .INVALID_HTTP_CAUSE */ .pe;
        }
        current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
    }
    return fallback ?? _metrics_error_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_CAUSE */ .b7;
}
/** The error class of a transport failure, from its cause. */
function classifyError(error) {
    return describeCause(errorCause(error)).errorClass;
}
/** undici refused to build the request (e.g. an invalid header value): a setup error, not a measurement. */
function isInvalidArgument(error) {
    return error?.code === 'UND_ERR_INVALID_ARG';
}


/***/ }),

/***/ 81346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ beginConnect),
/* harmony export */   dk: () => (/* binding */ newConnectTimes),
/* harmony export */   uB: () => (/* binding */ captureTcpConnect)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/**
 * When a connection's TCP connect and TLS handshake ended, for k6's
 * http_req_connecting and http_req_tls_handshaking. One object per VU connection,
 * rewritten at each connect (no allocation per request).
 *
 * undici's connector hands the socket over only once it is fully open (after the TLS
 * handshake), so the end of the TCP connect of a TLS socket is read from Node's
 * `net.client.socket` diagnostics channel: it publishes every client socket as it is
 * made, synchronously inside the connector's call, so the socket made while
 * {@link captureTcpConnect} runs is that connection's. Sockets made elsewhere pass by
 * unobserved.
 */


function newConnectTimes() {
    return { attempt: 0, startMs: 0, tcpMs: 0, readyMs: 0 };
}
/** Marks the start of a connect. */
function beginConnect(times) {
    times.attempt++;
    times.startMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
    times.tcpMs = 0;
    times.readyMs = 0;
}
let capturing = null;
let subscribed = false;
function onClientSocket(message) {
    const times = capturing;
    if (times === null)
        return;
    capturing = null;
    const attempt = times.attempt;
    message.socket.once('connect', () => {
        if (times.attempt === attempt && times.tcpMs === 0)
            times.tcpMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
    });
}
/** Runs `connect` (which makes its socket synchronously) with that socket's TCP connect timed into `times`. */
function captureTcpConnect(times, connect) {
    if (!subscribed) {
        (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)('net.client.socket', onClientSocket);
        subscribed = true;
    }
    capturing = times;
    try {
        connect();
    }
    finally {
        capturing = null;
    }
}


/***/ }),

/***/ 85139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ Connection)
});

// UNUSED EXPORTS: RequestCancelledError, RequestTimeoutError

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/metrics/error-causes.ts
var error_causes = __webpack_require__(5420);
// EXTERNAL MODULE: ./src/metrics/measurements.ts
var measurements = __webpack_require__(37164);
// EXTERNAL MODULE: ./src/engine/http/classify-outcome.ts
var classify_outcome = __webpack_require__(66500);
;// CONCATENATED MODULE: ./src/engine/http/open-socket.ts
/** The open socket, or null when the connection failed (the first request then fails as usual). */
function openSocket(connector, origin) {
    const url = new URL(origin);
    return new Promise((resolve) => {
        connector({
            // undici passes an IPv6 host without its brackets.
            hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
            host: url.host,
            protocol: url.protocol,
            port: url.port,
            servername: undefined,
            localAddress: null,
        }, (error, socket) => resolve(error === null ? socket : null));
    });
}

// EXTERNAL MODULE: ./src/engine/http/connect-times.ts
var connect_times = __webpack_require__(81346);
;// CONCATENATED MODULE: ./src/engine/http/exchange.ts

/** The undici handler of one request. A new one per request, so a late callback can never touch the next request. */
class Exchange {
    connection;
    endpoint;
    keepBodyBytes;
    keepHeaders;
    controller = null;
    status = 0;
    startMs = 0;
    /** When undici began writing the request (a connection was ready), sent it whole, and saw the response's first byte; 0 until then. */
    requestStartMs = 0;
    sentMs = 0;
    firstByteMs = 0;
    timedOut = false;
    headers = null;
    chunks = null;
    keptBytes = 0;
    truncated = false;
    /** The path and query as sent (the `url` tag of tag selections). */
    path = '';
    constructor(connection, endpoint, keepBodyBytes = 0, keepHeaders = false) {
        this.connection = connection;
        this.endpoint = endpoint;
        this.keepBodyBytes = keepBodyBytes;
        this.keepHeaders = keepHeaders;
    }
    onRequestStart(controller) {
        this.controller = controller;
        this.requestStartMs = external_node_perf_hooks_.performance.now();
    }
    /** undici calls it (not part of the typed handler) once the request is written whole. */
    onRequestSent() {
        this.sentMs = external_node_perf_hooks_.performance.now();
    }
    /** undici calls it (HTTP/1.1 only) when the response's first byte is parsed: k6's time to first byte. */
    onResponseStarted() {
        this.firstByteMs = external_node_perf_hooks_.performance.now();
    }
    onResponseStart(_controller, statusCode, headers) {
        // HTTP/2 has no earlier signal: its first byte is the headers frame.
        if (this.firstByteMs === 0)
            this.firstByteMs = external_node_perf_hooks_.performance.now();
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

;// CONCATENATED MODULE: ./src/engine/http/request-phases.ts
/**
 * Writes the phases on `outcome` (`timed` only when the response came whole) and returns
 * when the request's duration starts: the connection ready, or the dispatch when the
 * request never reached the wire.
 * @param opened the connect times when the request opened its connection, else null
 */
function writePhases(outcome, clock, endMs, opened, complete) {
    const start = clock.startMs;
    const requestStart = clock.requestStartMs;
    const fresh = opened !== null && opened.readyMs > 0 && opened.startMs >= start;
    outcome.timed = false;
    outcome.connectionOpened = fresh;
    if (requestStart === 0)
        return start;
    const ready = fresh ? opened.readyMs : requestStart;
    if (!complete)
        return ready;
    const firstByte = clock.firstByteMs > 0 ? clock.firstByteMs : endMs;
    // A response may begin before the request is written whole (an early answer to a large body).
    const sent = Math.min(clock.sentMs > 0 ? clock.sentMs : requestStart, firstByte);
    if (fresh) {
        outcome.blockedUs = (opened.startMs - start) * 1000;
        outcome.connectingUs = (opened.tcpMs - opened.startMs) * 1000;
        outcome.tlsHandshakingUs = (opened.readyMs - opened.tcpMs) * 1000;
    }
    else {
        outcome.blockedUs = (requestStart - start) * 1000;
        outcome.connectingUs = 0;
        outcome.tlsHandshakingUs = 0;
    }
    outcome.sendingUs = (sent - ready) * 1000;
    outcome.waitingUs = (firstByte - sent) * 1000;
    outcome.receivingUs = (endMs - firstByte) * 1000;
    outcome.timed = true;
    return ready;
}

// EXTERNAL MODULE: ./src/engine/http/transport.ts + 1 modules
var transport = __webpack_require__(47202);
;// CONCATENATED MODULE: ./src/engine/http/http-client.ts










const EMPTY_BODY = Buffer.alloc(0);
/** The error a request is aborted with when its time is up. */
class RequestTimeoutError extends Error {
    code = error_causes/* REQUEST_TIMEOUT_CAUSE */.og;
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
    /** A socket opened by {@link preconnect} and not yet handed to undici. */
    warmSocket = null;
    result;
    /** When the connection's current socket was connected (see connect-times.ts). */
    connectTimes = (0,connect_times/* newConnectTimes */.dk)();
    /** The socket undici is getting was opened for the request in flight (not before it, by preconnect). */
    connectingForRequest = false;
    baseConnector;
    constructor(target, options) {
        this.target = target;
        this.options = options;
        const baseConnector = (0,transport/* buildTransportConnector */.l1)(target.transport, target.timeoutMs + 1000, this.connectTimes);
        this.baseConnector = baseConnector;
        this.connector = (connectOptions, callback) => {
            const warm = this.warmSocket;
            this.warmSocket = null;
            if (warm !== null && !warm.destroyed && warm.readyState === 'open') {
                this.socket = warm;
                this.socketReadBase = warm.bytesRead;
                this.socketWrittenBase = warm.bytesWritten;
                // undici expects the callback after its connect() has returned (it resumes then).
                process.nextTick(callback, null, warm);
                return;
            }
            warm?.destroy();
            this.connectingForRequest = true;
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
            startMs: 0,
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
                path: '',
                timed: false,
                connectionOpened: false,
                blockedUs: 0,
                connectingUs: 0,
                tlsHandshakingUs: 0,
                sendingUs: 0,
                waitingUs: 0,
                receivingUs: 0,
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
        const dispatchOptions = options?.dispatchOptions ?? endpoint.dispatchOptions;
        exchange.path = dispatchOptions.path;
        exchange.startMs = external_node_perf_hooks_.performance.now();
        try {
            client.dispatch(dispatchOptions, exchange);
        }
        finally {
            this.dispatching = false;
        }
    }
    /**
     * Opens the TCP (or TLS) connection before the first request, so that request's time
     * has no handshake in it and a schedule does not wait for connections (wrk and k6's
     * pre-allocated VUs do the same). Resolves when it is open or has failed (the first
     * request then connects, and fails, as usual); never rejects.
     */
    async preconnect() {
        if (this.client !== null || this.warmSocket !== null || this.closed)
            return;
        const socket = await openSocket(this.baseConnector, this.target.origin);
        if (socket === null)
            return;
        // Opened after close(), or undici connected meanwhile: not needed.
        if (this.closed || this.client !== null || this.warmSocket !== null)
            socket.destroy();
        else {
            // An idle socket the server closes is dropped when the first request connects.
            socket.on('error', () => undefined);
            this.warmSocket = socket;
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
        this.warmSocket?.destroy();
        this.warmSocket = null;
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
        const opened = this.connectingForRequest;
        this.connectingForRequest = false;
        result.endpoint = exchange.endpoint;
        // k6's http_req_duration (sending + waiting + receiving) once the request reached the wire, else the whole wait.
        result.latencyUs =
            (endMs - writePhases(outcome, exchange, endMs, opened ? this.connectTimes : null, error === null)) *
                1000;
        result.endMs = endMs;
        result.startMs = exchange.startMs;
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
                : 1 + measurements/* ERROR_CLASSES */.E.indexOf('unexpected_status');
            outcome.status = status;
            outcome.ok = code === 0;
            outcome.errorClass = code === 0 ? null : measurements/* ERROR_CLASSES */.E[code - 1];
        }
        else {
            outcome.status = 0;
            outcome.ok = false;
            // Failures only: classifying walks the error, which a success never pays for.
            const cause = exchange.timedOut ? error_causes/* REQUEST_TIMEOUT_CAUSE */.og : (0,classify_outcome/* errorCause */.ov)(error);
            outcome.errorCause = cause;
            outcome.errorClass = (0,error_causes/* describeCause */.V$)(cause).errorClass;
        }
        outcome.sent = exchange.controller !== null;
        outcome.path = exchange.path;
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
            allowH2: this.target.transport.http2,
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


/***/ }),

/***/ 97066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ prepareTarget)
/* harmony export */ });
/* unused harmony export mergeHeaders */
/* harmony import */ var _metrics_measurements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37164);
/* harmony import */ var _classify_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66500);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47202);



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
    return {
        origin: url.origin,
        endpoints,
        timeoutMs: settings.timeoutMs,
        transport: (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareTransport */ .lq)(settings.transport, url),
    };
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
        const errorClass = (0,_classify_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyStatus */ .xo)(status, expectStatus);
        table[status] = errorClass === null ? 0 : _metrics_measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_CLASSES */ .E.indexOf(errorClass) + 1;
    }
    return table;
}


/***/ }),

/***/ 47202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l1: () => (/* binding */ buildTransportConnector),
  Fm: () => (/* binding */ describeTransport),
  lq: () => (/* binding */ prepareTransport),
  iJ: () => (/* binding */ proxyFor)
});

// UNUSED EXPORTS: PROXY_AUTH_CAUSE, PROXY_REFUSED_CAUSE, ProxyTunnelError

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/engine/http/connect-times.ts
var connect_times = __webpack_require__(81346);
// EXTERNAL MODULE: ./src/metrics/transport-measurements.ts
var transport_measurements = __webpack_require__(61748);
;// CONCATENATED MODULE: ./src/syntax/no-proxy.ts
/**
 * `NO_PROXY`: which hosts bypass the proxy. The rules are undici's
 * (`EnvHttpProxyAgent`), whose matcher is private: the integrations go through that
 * agent and the load through its own connections, and both must agree on which
 * requests use the proxy. Entries are separated by commas or spaces; `*` matches every
 * host; `example.com` and `.example.com` match the domain and its subdomains,
 * `*.example.com` its subdomains only; `host:port` (`[::1]:443`) only that port.
 * No CIDR ranges (undici has none either).
 */
function parseNoProxy(value) {
    const entries = [];
    for (const entry of value.split(/[,\s]/)) {
        if (!entry)
            continue;
        let hostname;
        let port;
        const bracketed = /^\[(.+)\]:(\d+)$/.exec(entry);
        if (bracketed) {
            hostname = bracketed[1];
            port = Number.parseInt(bracketed[2], 10);
        }
        else {
            const unbracketed = entry.replace(/^\[(.+)\]$/, '$1');
            const withPort = (unbracketed.match(/:/g) ?? []).length === 1 ? /^(.+):(\d+)$/.exec(unbracketed) : null;
            hostname = withPort ? withPort[1] : unbracketed;
            port = withPort ? Number.parseInt(withPort[2], 10) : 0;
        }
        entries.push({
            hostname: hostname
                .replace(/^\*?\./, '')
                .replace(/^(.+)\.$/, '$1')
                .toLowerCase(),
            port,
            wildcard: entry.startsWith('*'),
        });
    }
    return entries;
}
/** Whether a request to `hostname:port` goes through the proxy (true when no entry matches). */
function shouldProxy(entries, hostname, port) {
    const host = hostname
        .replace(/^\[(.+)\]$/, '$1')
        .replace(/^(.+)\.$/, '$1')
        .toLowerCase();
    for (const entry of entries) {
        if (entry.port && entry.port !== port)
            continue;
        if (entry.hostname === '*')
            return false;
        if (!entry.wildcard && host === entry.hostname)
            return false;
        if (host.endsWith(`.${entry.hostname}`))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/engine/http/transport.ts






/** The proxy refused the tunnel (any status but 200); `code` says whether it asked for credentials. */
class ProxyTunnelError extends Error {
    statusCode;
    code;
    constructor(statusCode) {
        super(`the proxy answered ${statusCode} to CONNECT`);
        this.statusCode = statusCode;
        this.name = 'ProxyTunnelError';
        this.code = statusCode === 407 ? PROXY_AUTH_CAUSE : PROXY_REFUSED_CAUSE;
    }
}
const PROXY_REFUSED_CAUSE = 'LOADGATE_PROXY_REFUSED';
const PROXY_AUTH_CAUSE = 'LOADGATE_PROXY_AUTH';
/** The proxy a request to `url` goes through: none set, or NO_PROXY bypasses it → undefined. */
function proxyFor(proxy, url) {
    const server = url.protocol === 'https:' ? proxy?.https : proxy?.http;
    if (!proxy || !server)
        return undefined;
    return shouldProxy(parseNoProxy(proxy.noProxy), url.hostname, defaultPort(url)) ? server : undefined;
}
function defaultPort(url) {
    return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}
function prepareTransport(settings, url) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = defaultPort(url);
    const override = settings?.resolve.find((entry) => entry.host === host && entry.port === port);
    return {
        https: url.protocol === 'https:',
        proxy: proxyFor(settings?.proxy, url),
        http2: (settings?.http2 ?? false) && url.protocol === 'https:',
        opened: { 'http/1.1': 0, h2: 0 },
        settings,
        address: override?.address,
    };
}
/**
 * The connector of one VU's connection; it counts each connection's protocol in
 * `transport.opened`, and writes when each connect's TCP (or proxy tunnel) and TLS
 * stages ended into `times`, when given.
 */
function buildTransportConnector(transport, timeoutMs, times) {
    const tls = transport.settings?.tls;
    const secureContext = secureContextOf(transport);
    const base = (0,undici/* buildConnector */.gU)({
        timeout: timeoutMs,
        // Offered only when asked for: undici would offer h2 by default, and the protocol must be the one configured.
        allowH2: transport.http2,
        preferH2: transport.http2,
        ...(secureContext ? { secureContext } : {}),
        ...(tls?.insecure ? { rejectUnauthorized: false } : {}),
    });
    const serverName = tls?.serverName;
    const count = (socket) => {
        transport.opened[socket.alpnProtocol === 'h2' ? 'h2' : 'http/1.1']++;
    };
    const connect = (options, callback) => {
        const target = {
            ...options,
            ...(transport.address !== undefined ? { hostname: transport.address } : {}),
            ...(serverName !== undefined ? { servername: serverName } : {}),
        };
        if (times !== undefined)
            (0,connect_times/* beginConnect */.Oc)(times);
        const attempt = times?.attempt;
        const done = (error, socket) => {
            if (error === null) {
                count(socket);
                // A later connect of the same connection owns the times now.
                if (times !== undefined && times.attempt === attempt) {
                    times.readyMs = external_node_perf_hooks_.performance.now();
                    // Plain http: the socket is handed over at its TCP connect.
                    if (times.tcpMs === 0)
                        times.tcpMs = times.readyMs;
                }
            }
            callback(error, socket);
        };
        if (transport.proxy === undefined) {
            if (times !== undefined && target.protocol === 'https:')
                (0,connect_times/* captureTcpConnect */.uB)(times, () => base(target, done));
            else
                base(target, done);
            return;
        }
        openTunnel(transport.proxy, target, timeoutMs).then((socket) => {
            // Through a proxy the "connect" is the tunnel: TCP to the proxy and its CONNECT answer.
            if (times !== undefined && times.attempt === attempt)
                times.tcpMs = external_node_perf_hooks_.performance.now();
            if (target.protocol === 'https:')
                base({ ...target, httpSocket: socket }, done);
            else
                done(null, socket);
        }, (error) => callback(error, null));
    };
    return connect;
}
const contexts = new WeakMap();
/**
 * The CA bundle and client certificate as one TLS context per target, made once: a
 * context built per connection would parse the whole trust store at every reconnect.
 */
function secureContextOf(transport) {
    let context = contexts.get(transport);
    if (context === undefined) {
        const tls = transport.settings?.tls;
        context =
            tls?.ca || tls?.client
                ? (0,external_node_tls_.createSecureContext)({
                    ...(tls.ca ? { ca: [...(0,external_node_tls_.getCACertificates)('default'), tls.ca.pem] } : {}),
                    ...(tls.client ? { cert: tls.client.cert.pem, key: tls.client.key.pem } : {}),
                })
                : null;
        contexts.set(transport, context);
    }
    return context ?? undefined;
}
/** An HTTP CONNECT tunnel to `target` through the proxy (the address of a resolve override, if any). */
async function openTunnel(proxy, target, timeoutMs) {
    const hostname = target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname;
    const authority = `${hostname}:${target.port || (target.protocol === 'https:' ? 443 : 80)}`;
    const client = new undici/* Client */.Kj(proxy.origin, {
        connectTimeout: timeoutMs,
        headersTimeout: timeoutMs,
        pipelining: 0,
    });
    try {
        const { statusCode, socket } = await client.connect({
            path: authority,
            headers: {
                host: authority,
                ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}),
            },
        });
        if (statusCode !== 200) {
            socket.destroy();
            throw new ProxyTunnelError(statusCode);
        }
        const tunnel = socket;
        tunnel.setNoDelay(true);
        // The tunnel now belongs to the VU's client; the proxy client goes once it closes.
        tunnel.once('close', () => void client.destroy().catch(() => undefined));
        return tunnel;
    }
    catch (error) {
        void client.destroy().catch(() => undefined);
        throw error;
    }
}
/** What reports say about how the target was reached (never a secret: no key, no proxy credentials). */
function describeTransport(transport) {
    const { opened, settings } = transport;
    const tls = settings?.tls;
    return {
        protocol: (0,transport_measurements/* protocolOf */.A)(opened),
        connections: { ...opened },
        http2Offered: transport.http2,
        ...(transport.proxy ? { proxy: transport.proxy.label } : {}),
        ...(transport.https
            ? {
                tls: {
                    verified: !(tls?.insecure ?? false),
                    ...(tls?.ca ? { caFile: tls.ca.origin, caCertificates: tls.ca.certificates } : {}),
                    ...(tls?.client ? { clientCertificate: tls.client.cert.origin } : {}),
                    ...(tls?.serverName ? { serverName: tls.serverName } : {}),
                },
            }
            : {}),
        ...(settings && settings.resolve.length > 0
            ? { resolve: settings.resolve.map(({ host, port, address }) => ({ host, port, address })) }
            : {}),
    };
}


/***/ }),

/***/ 70190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ globalPosition),
/* harmony export */   qQ: () => (/* binding */ positionsOwned),
/* harmony export */   v6: () => (/* binding */ composeShares),
/* harmony export */   zL: () => (/* binding */ WHOLE_LOAD)
/* harmony export */ });
/* unused harmony exports ownsPosition, describeShare */
/** The whole load: one part of one. */
const WHOLE_LOAD = { index: 0, count: 1 };
/** Whether the VU (or arrival) at global position `position` belongs to this share. */
function ownsPosition(share, position) {
    return position % share.count === share.index;
}
/** How many of the first `total` positions belong to this share (the VUs it runs at a level of `total`). */
function positionsOwned(share, total) {
    if (total <= share.index)
        return 0;
    return Math.floor((total - share.index - 1) / share.count) + 1;
}
/** The global position of this share's `local`th position (0-based). */
function globalPosition(share, local) {
    return share.index + local * share.count;
}
/**
 * Part `inner` of part `outer`: shard k/n split again across m workers is part
 * k + n·j of n·m, so residue classes nest and the union over all workers of all
 * shards is still every position once.
 */
function composeShares(outer, inner) {
    return { index: outer.index + outer.count * inner.index, count: outer.count * inner.count };
}
/** "2/4" style, 1-based, as users write shards. */
function describeShare(share) {
    return `${share.index + 1}/${share.count}`;
}


/***/ }),

/***/ 27696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ runLoadInThread)
});

// EXTERNAL MODULE: ./src/metrics/metrics-recorder.ts + 4 modules
var metrics_recorder = __webpack_require__(15678);
// EXTERNAL MODULE: ./src/engine/selection-options.ts
var selection_options = __webpack_require__(60511);
// EXTERNAL MODULE: ./src/slo/evaluate-thresholds.ts + 5 modules
var evaluate_thresholds = __webpack_require__(19412);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 2 modules
var metric_catalog = __webpack_require__(54178);
// EXTERNAL MODULE: ./src/slo/threshold-parser.ts + 1 modules
var threshold_parser = __webpack_require__(47967);
// EXTERNAL MODULE: ./src/engine/executors/open-model.ts + 4 modules
var open_model = __webpack_require__(261);
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
    const perStep = thresholds.filter((t) => (0,metric_catalog/* findMetric */.GF)(t.metric)?.scenario !== 'breakpoint');
    const onErrors = perStep.some((t) => t.metric === 'http_req_failed' && Object.keys(t.tags).length === 0);
    return onErrors
        ? perStep
        : [...perStep, (0,threshold_parser/* parseThreshold */.B7)({ text: BREAKPOINT_ERROR_LIMIT, origin: 'the breakpoint error limit' })];
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
        this.recorder = new metrics_recorder/* MetricsRecorder */.k(settings.endpoints, {
            now: () => this.clock,
            ...(0,selection_options/* selectionOptions */.l)(settings),
        });
        this.recorder.start();
    }
    includes(intendedAtMs) {
        return intendedAtMs >= this.fromMs && intendedAtMs < this.toMs;
    }
    /** The step's figures over its window (rates per second of the window). */
    close() {
        this.clock = this.toMs;
        this.recorder.setExecution({ droppedIterations: this.dropped });
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
        const evaluation = (0,evaluate_thresholds/* evaluateThresholds */.S$)(thresholds, measured);
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
        record(endpointIndex, latencyUs, outcome, _endMs, intendedAtMs, iterationUs) {
            // On the step's own clock (elapsed ms): the answer came latencyUs after the intended send.
            const recorder = stepOf(intendedAtMs)?.recorder;
            recorder?.record(endpointIndex, latencyUs, outcome, intendedAtMs + latencyUs / 1000);
            recorder?.recordIteration(iterationUs);
        },
        drop(intendedAtMs) {
            const step = stepOf(intendedAtMs);
            if (step)
                step.dropped++;
        },
    };
    const measurements = await (0,open_model/* runOpenModel */.xb)(settings, {
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

// EXTERNAL MODULE: ./src/engine/executors/closed-model.ts + 1 modules
var closed_model = __webpack_require__(1184);
// EXTERNAL MODULE: ./src/engine/executors/twin-targets.ts + 1 modules
var twin_targets = __webpack_require__(29325);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/metrics/merge-measurements.ts + 3 modules
var merge_measurements = __webpack_require__(28683);
// EXTERNAL MODULE: ./src/engine/executors/load-run.ts + 1 modules
var load_run = __webpack_require__(78907);
// EXTERNAL MODULE: ./src/metrics/merge-stats.ts
var merge_stats = __webpack_require__(1767);
;// CONCATENATED MODULE: ./src/engine/scenarios/live-scenarios.ts


class LiveScenarios {
    runs = new Map();
    /** The run's seconds merged so far, and the first one not merged yet. */
    merged = [];
    nextSecond = 1;
    get started() {
        return this.runs.size > 0;
    }
    attach(name, executor, startTimeMs, run) {
        this.runs.set(name, { executor, startTimeMs, run });
    }
    /** Undefined before any scenario started. */
    snapshot() {
        const parts = [...this.runs.entries()].map(([name, entry]) => ({
            name,
            executor: entry.executor,
            startTimeMs: entry.startTimeMs,
            measurements: entry.run.snapshot(),
        }));
        if (parts.length === 0)
            return undefined;
        return { ...(0,merge_measurements/* mergeMeasurements */.O)(parts.map((part) => part.measurements)), scenarios: parts };
    }
    /**
     * The run's closed seconds, each scenario's lined up by its start: a second is merged
     * once the most advanced scenario has closed the one after it (concurrent scenarios
     * close a second within one tick of each other), each once, without a snapshot.
     */
    seconds() {
        const parts = [...this.runs.values()].map((entry) => ({
            points: entry.run.seconds(),
            shift: Math.round(entry.startTimeMs / 1000),
        }));
        const latest = Math.max(0, ...parts.map(({ points, shift }) => (points.at(-1)?.t ?? 0) + shift));
        const upTo = latest - 1;
        if (upTo >= this.nextSecond) {
            const due = (t, shift) => t + shift >= this.nextSecond && t + shift <= upTo;
            const fresh = (0,merge_stats/* mergeIntervalPoints */.t4)(parts.map(({ points, shift }) => points.filter((point) => due(point.t, shift))), parts.map(({ shift }) => shift));
            this.merged.push(...fresh);
            this.nextSecond = upTo + 1;
        }
        return [...this.merged];
    }
    progress(elapsedMs, plannedMs) {
        const samples = [...this.runs.values()].map((entry) => entry.run.progress());
        const sum = (key) => samples.reduce((total, sample) => total + sample[key], 0);
        const p95s = samples.flatMap((sample) => (sample.p95Ms === null ? [] : [sample.p95Ms]));
        const intervalRequests = samples.reduce((total, s) => total + (s.rps * s.intervalMs) / 1000, 0);
        const intervalErrors = samples.reduce((total, s) => total + ((s.errorPercent / 100) * s.rps * s.intervalMs) / 1000, 0);
        return {
            elapsedMs,
            plannedMs,
            vus: sum('vus'),
            requests: sum('requests'),
            errors: sum('errors'),
            intervalMs: Math.max(0, ...samples.map((sample) => sample.intervalMs)),
            rps: Math.round(sum('rps') * 10) / 10,
            // The highest scenario's p95 of the interval: no histogram of the sum is at hand here.
            p95Ms: p95s.length > 0 ? Math.max(...p95s) : null,
            errorPercent: intervalRequests > 0 ? Math.round((intervalErrors / intervalRequests) * 1000) / 10 : 0,
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/scenarios/scenario-settings.ts
function scenarioRunSettings(settings, scenario) {
    const { scenarios: _all, scenario: _preset, model: _model, traffic: _traffic, ...base } = settings;
    return {
        ...base,
        stages: scenario.stages,
        maxVus: scenario.maxVus,
        ...(scenario.model ? { model: scenario.model } : {}),
        endpoints: scenario.endpoints,
        ...(scenario.traffic ? { traffic: scenario.traffic } : {}),
        scenarioName: scenario.name,
        ...(Object.keys(scenario.tags).length > 0 ? { scenarioTags: scenario.tags } : {}),
        ...(scenario.iterations ? { iterations: scenario.iterations } : {}),
        ...(scenario.preAllocatedVus !== undefined ? { preAllocatedVus: scenario.preAllocatedVus } : {}),
    };
}
/** The run's planned length: the latest scenario end (start-time + its plan). */
function scenariosPlannedMs(scenarios) {
    return Math.max(0, ...scenarios.map((scenario) => scenario.startTimeMs + scenario.plannedMs));
}

;// CONCATENATED MODULE: ./src/engine/scenarios/run-scenarios.ts
/**
 * The scenarios of a run (`scenarios:` in the config): each starts at its start-time
 * with its own executor, recorder and journey, side by side with the others or after
 * them; the run is over when the last has ended. Each scenario's measurements are kept
 * apart (`RunMeasurements.scenarios`) and the run's are their exact merge
 * (metrics/merge-measurements.ts), so every figure of the run is the sum of its
 * scenarios' and each `{scenario:NAME}` threshold has its own data.
 *
 * A run split into parts (worker threads, matrix shards) runs every scenario in every
 * part, each with its share of that scenario's VUs, arrivals and iterations
 * (load-share.ts), so the parts add up to each scenario's configured load.
 *
 * One stop for all: a signal, an abortOnFail check (judged here, each second, on the
 * merged figures) or a scenario that fails stops every scenario, the ones not yet
 * started included (they end at once with nothing measured and the reason).
 */





const LIVE_CHECK_INTERVAL_MS = 1000;
async function runScenarios(settings, scenarios, options, runOne) {
    const plannedMs = scenariosPlannedMs(scenarios);
    const stop = new AbortController();
    const outer = options.signal;
    const onOuterAbort = () => stop.abort((0,load_run/* abortReasonText */.qx)(outer?.reason));
    if (outer?.aborted)
        onOuterAbort();
    else
        outer?.addEventListener('abort', onOuterAbort, { once: true });
    const live = new LiveScenarios();
    const startMs = external_node_perf_hooks_.performance.now();
    const timers = watch(live, options, startMs, plannedMs, (reason) => stop.abort(reason));
    const runScenario = async (scenario) => {
        await delay(scenario.startTimeMs, stop.signal);
        const startTimeMs = Math.round(external_node_perf_hooks_.performance.now() - startMs);
        const outcome = await runOne(scenarioRunSettings(settings, scenario), {
            signal: stop.signal,
            ...(options.share ? { share: options.share } : {}),
            ...(options.random ? { random: options.random } : {}),
            ...(options.now ? { now: options.now } : {}),
            gracefulStopMs: scenario.gracefulStopMs,
            attach: (run) => live.attach(scenario.name, scenario.executor, startTimeMs, run),
        });
        return {
            name: scenario.name,
            executor: scenario.executor,
            startTimeMs,
            measurements: outcome.measurements,
        };
    };
    const settled = await Promise.allSettled(scenarios.map((scenario) => runScenario(scenario).catch((error) => {
        // One scenario that cannot run stops the others: the run is not what was configured.
        stop.abort(`failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
    })));
    for (const timer of timers)
        clearInterval(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    const parts = settled.map((result) => result.value);
    const merged = (0,merge_measurements/* mergeMeasurements */.O)(parts.map((part) => part.measurements));
    const ranMs = external_node_perf_hooks_.performance.now() - startMs;
    return { measurements: { ...merged, plan: runPlan(parts, plannedMs, ranMs), scenarios: parts } };
}
/** The run's plan: the latest scenario end; complete when every scenario completed its own. */
function runPlan(parts, configuredMs, ranMs) {
    // An iteration budget that ran out early ends its scenario's plan early: the latest end as it was.
    const ends = parts.map((part) => part.startTimeMs + (part.measurements.plan?.plannedMs ?? configuredMs));
    const plannedMs = parts.length > 0 ? Math.round(Math.min(configuredMs, Math.max(...ends))) : configuredMs;
    const unfinished = parts.find((part) => part.measurements.plan?.completed === false);
    const fraction = plannedMs > 0 ? Math.min(1, Math.round((ranMs / plannedMs) * 1000) / 1000) : 1;
    if (unfinished === undefined)
        return { plannedMs, ranMs: Math.round(ranMs), fraction, completed: true };
    return {
        plannedMs,
        ranMs: Math.round(ranMs),
        fraction,
        completed: false,
        stoppedBy: `scenario ${unfinished.name}: ${unfinished.measurements.plan?.stoppedBy ?? 'stopped early'}`,
    };
}
/** Waits `ms`, or less when the signal aborts. */
function delay(ms, signal) {
    if (ms <= 0 || signal.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** The live checks (each second, on the merged figures) and the progress line, as one run's. */
function watch(live, options, startMs, plannedMs, stop) {
    const timers = [];
    const checks = options.liveChecks ?? [];
    if (checks.length > 0) {
        const timer = setInterval(() => {
            if (!live.started)
                return;
            let cached;
            const snapshot = () => (cached ??= live.snapshot());
            // A check that needs only the closed seconds (a worker's report) makes no snapshot.
            const run = {
                elapsedMs: external_node_perf_hooks_.performance.now() - startMs,
                snapshot: () => snapshot(),
                seconds: () => live.seconds(),
            };
            for (const check of checks) {
                const reason = check(run);
                if (reason !== undefined) {
                    clearInterval(timer);
                    stop(reason);
                    return;
                }
            }
        }, LIVE_CHECK_INTERVAL_MS);
        timers.push(timer);
    }
    const onProgress = options.onProgress;
    if (onProgress) {
        const interval = Math.max(1, options.progressIntervalMs ?? 5000);
        timers.push(setInterval(() => onProgress(live.progress(external_node_perf_hooks_.performance.now() - startMs, plannedMs)), interval));
    }
    return timers;
}

// EXTERNAL MODULE: ./src/engine/warm-up/generator-warm-up.ts + 1 modules
var generator_warm_up = __webpack_require__(93504);
;// CONCATENATED MODULE: ./src/engine/run-in-thread.ts






async function runLoadInThread(settings, options = {}) {
    await (0,generator_warm_up/* warmUpGenerator */._t)(settings);
    // `scenarios:`: each scenario runs here through this same function, with its own settings.
    if (settings.scenarios)
        return runScenarios(settings, settings.scenarios, options, runLoadInThread);
    if (settings.scenario === 'breakpoint') {
        // The settings refuse this (config/baseline-url.ts); a staircase stops at the canary's break, so the baseline would have no comparable step.
        if ((0,twin_targets/* liveBaselineUrl */.T5)(settings) !== undefined) {
            throw new Error('the breakpoint scenario does not run with a live baseline');
        }
        return { measurements: await runBreakpoint(settings, options) };
    }
    if (settings.model === 'open')
        return (0,open_model/* runOpenModelWithBaseline */._g)(settings, options);
    return (0,closed_model/* runClosedModelWithBaseline */.Su)(settings, options);
}


/***/ }),

/***/ 60511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ selectionOptions)
/* harmony export */ });
/* harmony import */ var _slo_threshold_selections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66535);

function selectionOptions(settings, scenario) {
    const selections = (0,_slo_threshold_selections_js__WEBPACK_IMPORTED_MODULE_0__/* .thresholdSelections */ .T)(settings.thresholds, scenario);
    if (selections.length === 0)
        return {};
    return { selections, origin: new URL(settings.targetUrl).origin };
}


/***/ }),

/***/ 88562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ EndpointPicker)
/* harmony export */ });
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


/***/ }),

/***/ 25772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R6: () => (/* binding */ TrafficPlan),
  v4: () => (/* binding */ needsSessions)
});

// UNUSED EXPORTS: MAX_KEPT_BODY_BYTES, SETUP_RETRY_MS, VuSession

// EXTERNAL MODULE: ./src/metrics/traffic-recorder.ts
var traffic_recorder = __webpack_require__(58011);
// EXTERNAL MODULE: ./src/syntax/templates.ts
var templates = __webpack_require__(36696);
// EXTERNAL MODULE: ./src/engine/http/prepared-target.ts
var prepared_target = __webpack_require__(97066);
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

// EXTERNAL MODULE: ./src/syntax/json-path.ts
var json_path = __webpack_require__(88225);
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
    const path = (0,json_path/* parseJsonPath */.Hf)(settings.path);
    return {
        field: settings.field,
        needsBody: true,
        judge(response, own) {
            const json = response.json();
            if (json === undefined)
                return NOT_SHOWN;
            const values = (0,json_path/* selectAll */.Ub)(path, json.value).filter((value) => value !== null && value !== undefined);
            if (values.length === 0)
                return NOT_SHOWN;
            for (const value of values) {
                const seen = (0,json_path/* valueText */.Ru)(value);
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
        return typeof value !== 'object' && (0,json_path/* valueText */.Ru)(value) === expected;
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
        const path = (0,json_path/* parseJsonPath */.Hf)(check.json.path);
        const { exists, equals, matches } = check.json;
        const pattern = matches === undefined ? undefined : new RegExp(matches);
        conditions.push((response) => {
            const json = response.json();
            if (json === undefined)
                return false;
            const selected = (0,json_path/* selectAll */.Ub)(path, json.value);
            if (exists !== undefined && selected.length > 0 !== exists)
                return false;
            if (equals !== undefined && !(selected.length > 0 && jsonEquals(selected[0], equals)))
                return false;
            if (pattern !== undefined) {
                if (selected.length === 0)
                    return false;
                return pattern.test((0,json_path/* valueText */.Ru)(selected[0]).slice(0, MAX_MATCH_CHARS));
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
    const path = (0,json_path/* parseJsonPath */.Hf)(capture.path);
    return {
        name: capture.name,
        needsBody: true,
        read: (response) => {
            const json = response.json();
            if (json === undefined)
                return undefined;
            const value = (0,json_path/* selectFirst */.JK)(path, json.value);
            return value === undefined || value === null ? undefined : (0,json_path/* valueText */.Ru)(value);
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/traffic/request-plan.ts


/** Largest part of a response body kept for captures and checks; a longer body is read to its end but not kept. */
const MAX_KEPT_BODY_BYTES = 1024 * 1024;
function planRequest(endpoint, source, checkSlots, isolation) {
    const path = (0,templates/* parseTemplate */.QC)(endpoint.path);
    const flat = (endpoint.dispatchOptions.headers ?? []);
    const headers = [];
    for (let i = 0; i + 1 < flat.length; i += 2)
        headers.push({ name: flat[i], value: (0,templates/* parseTemplate */.QC)(flat[i + 1]) });
    const body = source.body === undefined || source.body === '' ? null : (0,templates/* parseTemplate */.QC)(source.body);
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
            ? (0,prepared_target/* prepareTarget */.z)({
                targetUrl: settings.targetUrl,
                endpoints: traffic.setup,
                headers: settings.headers,
                timeoutMs: settings.timeoutMs,
                transport: settings.transport,
            })
            : null;
        this.setup = traffic.setup.map((source, i) => planRequest(setupTarget.endpoints[i], source, () => -1, null));
        this.recorder = new traffic_recorder/* TrafficRecorder */.Q(traffic.setup.map((step) => step.name), definitions, settings.endpoints.map((endpoint) => endpoint.name), this.isolation !== null);
    }
    /**
     * A new VU's session; VUs take data records round-robin by their global index
     * (`position`: the order sessions are made, unless the load is split into parts, where
     * it keeps the rows of two parts apart), or at random.
     */
    session(draws = this.sharedDraws, position = this.sessions) {
        const data = this.traffic.data;
        let record;
        if (data && data.records.length > 0) {
            const index = data.order === 'random'
                ? Math.floor(this.random() * data.records.length)
                : position % data.records.length;
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
    /** The next request is a new gated one (not a setup step, not a re-login's retry): a new iteration. */
    get nextIsNew() {
        return this.setupStep < 0 && this.retry === null;
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
            const rendered = (0,templates/* renderTemplate */.Xm)(header.value, this.scope, 'none', random);
            // A header naming a capture not made yet (e.g. the token before the login) is not sent.
            if (rendered.missing > 0)
                continue;
            headers.push(header.name, oneLine(rendered.text));
        }
        const body = request.body === null
            ? null
            : (0,templates/* renderTemplate */.Xm)(request.body, this.scope, request.bodyEscape, random).text;
        const dispatchOptions = {
            path: (0,templates/* renderTemplate */.Xm)(request.path, this.scope, 'uri', random).text,
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


/***/ }),

/***/ 93504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _t: () => (/* binding */ warmUpGenerator)
});

// UNUSED EXPORTS: WARM_UP_MS, usesOpenModel, warmUpRequests

// EXTERNAL MODULE: ./src/engine/executors/closed-model.ts + 1 modules
var closed_model = __webpack_require__(1184);
// EXTERNAL MODULE: ./src/engine/executors/open-model.ts + 4 modules
var open_model = __webpack_require__(261);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/engine/warm-up/loopback-stub.ts
/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for the generator's warm-up: every request
 * (headers only, as the warm-up sends GETs) is answered at once with the same 2-byte
 * 200. Raw `net`, not `node:http`, so the stub costs the thread as little as possible.
 */

const REPLY = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok');
const END_OF_HEAD = Buffer.from('\r\n\r\n');
/** Replies to each complete request head in `chunk`; keeps the last bytes in case a head's end is split across chunks. */
function answer(socket, onAnswer) {
    let carry = Buffer.alloc(0);
    socket.on('data', (chunk) => {
        const text = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        let from = 0;
        for (let at = text.indexOf(END_OF_HEAD); at !== -1; at = text.indexOf(END_OF_HEAD, from)) {
            socket.write(REPLY);
            onAnswer();
            from = at + END_OF_HEAD.length;
        }
        carry = text.subarray(Math.max(from, text.length - (END_OF_HEAD.length - 1)));
    });
    socket.on('error', () => socket.destroy());
}
async function startLoopbackStub() {
    const sockets = new Set();
    let answered = 0;
    const server = external_node_net_default().createServer((socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        answer(socket, () => answered++);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        get answered() {
            return answered;
        },
        close: () => new Promise((resolve) => {
            for (const socket of sockets)
                socket.destroy();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/engine/warm-up/generator-warm-up.ts



/** How long each model's warm-up drives the stub: long enough for V8 to optimize the per-request functions. */
const WARM_UP_MS = 300;
/** The closed model's VUs in the warm-up: enough to exercise the pool, few enough to stay cheap. */
const WARM_UP_VUS = 16;
/** The open model's rate in the warm-up, requests per second. */
const WARM_UP_RATE = 5000;
const warmed = new Map();
/** Requests each model's warm-up sent to the stub in this thread (none sent to a target). */
const stubRequests = { closed: 0, open: 0 };
/** The requests this thread's warm-up of `model` sent to its loopback stub; 0 before it ran. */
function warmUpRequests(model) {
    return stubRequests[model];
}
/** Whether the run `settings` describe sends through the open model (an arrival rate, the breakpoint's steps, an arrival-rate scenario). */
function usesOpenModel(settings) {
    if (settings.model === 'open' || settings.scenario === 'breakpoint')
        return true;
    return settings.scenarios?.some((scenario) => scenario.model === 'open') ?? false;
}
/**
 * Warms this thread's generator for the run `settings` describe; a model already warmed
 * in this thread is not warmed again. A warm-up that fails is not an error: the run
 * just starts cold.
 */
async function warmUpGenerator(settings) {
    await warm('closed', settings);
    if (usesOpenModel(settings))
        await warm('open', settings);
}
function warm(model, run) {
    let done = warmed.get(model);
    if (done === undefined) {
        done = driveStub(model, run).catch(() => undefined);
        warmed.set(model, done);
    }
    return done;
}
async function driveStub(model, run) {
    const stub = await startLoopbackStub();
    try {
        if (model === 'open')
            await (0,open_model/* runOpenModel */.xb)({ ...stubSettings(stub.url, WARM_UP_RATE, 200, run), model: 'open' });
        else
            await (0,closed_model/* runClosedModel */.Bv)(stubSettings(stub.url, WARM_UP_VUS, WARM_UP_VUS, run));
    }
    finally {
        stubRequests[model] = stub.answered;
        await stub.close();
    }
}
/**
 * A run of {@link WARM_UP_MS} at `level` (VUs, or requests per second) with one GET, nothing
 * else of `run`'s: only its `publish` block, which the engine never reads, fills the type.
 */
function stubSettings(url, level, maxVus, run) {
    return {
        targetUrl: url,
        stages: [
            { durationMs: 0, target: level },
            { durationMs: WARM_UP_MS, target: level },
        ],
        maxVus,
        workers: 1,
        endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
        thresholds: [],
        headers: {},
        timeoutMs: 5000,
        failOnBreach: false,
        autoRollback: false,
        reportDir: '',
        publish: run.publish,
    };
}


/***/ }),

/***/ 75938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ measureDrift),
/* harmony export */   a: () => (/* binding */ DRIFT_RATIO_LIMIT)
/* harmony export */ });
/** A latency ratio (last tenth / first tenth) above this is reported as drift. */
const DRIFT_RATIO_LIMIT = 1.5;
function median(values) {
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
    const first = median(points.slice(0, tenth).map((p) => p.p95));
    const last = median(points.slice(-tenth).map((p) => p.p95));
    return {
        firstTenthP95: first,
        lastTenthP95: last,
        latencyRatio: first > 0 ? Math.round((last / first) * 100) / 100 : 1,
        rssFirstTenthMb: m.generator?.rssFirstTenthMb ?? 0,
        rssLastTenthMb: m.generator?.rssLastTenthMb ?? 0,
    };
}


/***/ }),

/***/ 81043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ ERROR_INDEX),
/* harmony export */   cH: () => (/* binding */ round3),
/* harmony export */   fl: () => (/* binding */ STATUS_SLOTS),
/* harmony export */   g4: () => (/* binding */ EndpointAccumulator)
/* harmony export */ });
/* harmony import */ var _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62016);
/* harmony import */ var _measurements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37164);
/* harmony import */ var _timing_accumulator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44528);
/**
 * One endpoint's counters and latency histogram, as the recorder keeps them while the
 * load runs: typed arrays indexed by status code and error class, so recording a
 * request allocates nothing.
 */



/** Error classes by index, so the hot path can count with a typed array. */
const ERROR_INDEX = Object.fromEntries(_measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_CLASSES */ .E.map((name, index) => [name, index]));
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
    errorCounts = new Float64Array(_measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_CLASSES */ .E.length);
    histogram = new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2();
    /** The timing breakdown (http_req_blocked … http_req_receiving) of the requests that carried it. */
    timing = new _timing_accumulator_js__WEBPACK_IMPORTED_MODULE_1__/* .TimingAccumulator */ .T();
    /** Counts one request of the scope: its status, bytes, failure class, latency and phases. Allocates nothing. */
    add(latencyUs, outcome) {
        this.requests++;
        this.bytesSent += outcome.bytesSent;
        this.bytesReceived += outcome.bytesReceived;
        const status = outcome.status;
        if (status > 0 && status < STATUS_SLOTS)
            this.statusCounts[status]++;
        if (outcome.ok)
            this.succeeded++;
        else {
            this.failed++;
            this.errorCounts[ERROR_INDEX[outcome.errorClass ?? 'other']]++;
        }
        if (outcome.sent)
            this.histogram.recordMicros(latencyUs);
        if (outcome.timed === true)
            this.timing.record(outcome);
    }
    toStats(durationMs, histogram = this.histogram) {
        const statusCounts = {};
        for (let status = 0; status < STATUS_SLOTS; status++) {
            const count = this.statusCounts[status] ?? 0;
            if (count > 0)
                statusCounts[String(status)] = count;
        }
        const errors = {};
        _measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_CLASSES */ .E.forEach((name, index) => (errors[name] = this.errorCounts[index] ?? 0));
        const timings = this.timing.toTimings();
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
            ...(timings !== undefined ? { timings } : {}),
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
        for (let i = 0; i < _measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .ERROR_CLASSES */ .E.length; i++)
            total.errorCounts[i] += this.errorCounts[i];
        total.histogram.add(this.histogram);
        this.timing.addTo(total.timing);
    }
}
function round3(value) {
    return Math.round(value * 1000) / 1000;
}


/***/ }),

/***/ 39156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aX: () => (/* binding */ OTHER_CAUSES),
/* harmony export */   oV: () => (/* binding */ ErrorCauseCounter)
/* harmony export */ });
/* unused harmony export MAX_ERROR_CAUSES */
/* harmony import */ var _error_causes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5420);
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
    add(cause, errorClass, count = 1) {
        let entry = this.named.get(cause);
        if (entry === undefined) {
            // An `other causes` row of an earlier count (a part being merged) stays an overflow row.
            if (cause !== OTHER_CAUSES && this.named.size < MAX_ERROR_CAUSES) {
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
        entry.count += count;
    }
    /** Most first; named causes before the overflow rows at equal counts. */
    counts() {
        const row = (entry) => ({
            cause: entry.cause,
            description: entry.cause === OTHER_CAUSES
                ? `causes beyond the first ${MAX_ERROR_CAUSES}`
                : (0,_error_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCause */ .V$)(entry.cause).description,
            errorClass: entry.errorClass,
            count: entry.count,
        });
        // A stable sort: at equal counts, named causes in the order seen, then the overflow rows.
        return [...this.named.values(), ...this.overflow.values()].map(row).sort((a, b) => b.count - a.count);
    }
}


/***/ }),

/***/ 5420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ isKnownCause),
/* harmony export */   V$: () => (/* binding */ describeCause),
/* harmony export */   b7: () => (/* binding */ UNKNOWN_CAUSE),
/* harmony export */   kv: () => (/* binding */ asCause),
/* harmony export */   og: () => (/* binding */ REQUEST_TIMEOUT_CAUSE),
/* harmony export */   pe: () => (/* binding */ INVALID_HTTP_CAUSE)
/* harmony export */ });
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
    // The proxy of the environment (engine/http/transport.ts): the target was never reached.
    LOADGATE_PROXY_REFUSED: { errorClass: 'connection_refused', description: 'the proxy refused the tunnel' },
    LOADGATE_PROXY_AUTH: {
        errorClass: 'connection_refused',
        description: 'the proxy asked for credentials (407)',
    },
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
function describeCause(cause) {
    if (Object.hasOwn(CAUSES, cause))
        return CAUSES[cause];
    if (cause.startsWith('HPE_'))
        return CAUSES[INVALID_HTTP_CAUSE];
    if (cause.startsWith('ERR_SSL_') || cause.startsWith('ERR_TLS_'))
        return tls('the TLS handshake failed');
    return { errorClass: 'other', description: `an error of no known kind` };
}


/***/ }),

/***/ 62016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sN: () => (/* binding */ EMPTY_LATENCY_SUMMARY),
/* harmony export */   t2: () => (/* binding */ LatencyHistogram)
/* harmony export */ });
/* unused harmony export HIGHEST_TRACKABLE_US */
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32960);
/**
 * A latency histogram: values are recorded in microseconds into an HDR histogram
 * (pure JavaScript, 3 significant digits, 1 µs to 1 hour) and read back in
 * milliseconds. Memory is fixed (about 95 KB) whatever the number of samples.
 */

/** Largest value the histogram tracks: one hour, in microseconds. Larger values are clamped. */
const HIGHEST_TRACKABLE_US = 3_600_000_000;
const SIGNIFICANT_DIGITS = 3;
function newHdrHistogram() {
    return (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq)({
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
        return new LatencyHistogram((0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc)(base64, 32, false));
    }
    /** Records one latency in microseconds; negative values count as 0, values above one hour as one hour. */
    recordMicros(us) {
        this.hdr.recordValue(us <= 0 ? 0 : us < HIGHEST_TRACKABLE_US ? Math.round(us) : HIGHEST_TRACKABLE_US);
    }
    /** Records `count` samples of one value (µs) at once. */
    recordMicrosTimes(us, count) {
        if (count > 0)
            this.hdr.recordValueWithCount(us <= 0 ? 0 : us < HIGHEST_TRACKABLE_US ? Math.round(us) : HIGHEST_TRACKABLE_US, count);
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
        return (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH)(this.hdr);
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


/***/ }),

/***/ 37164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ERROR_CLASSES),
/* harmony export */   v: () => (/* binding */ errorCounts)
/* harmony export */ });
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


/***/ }),

/***/ 28683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ MeasurementsMergeError),
  O: () => (/* binding */ mergeMeasurements)
});

// EXTERNAL MODULE: ./src/metrics/endpoint-accumulator.ts
var endpoint_accumulator = __webpack_require__(81043);
// EXTERNAL MODULE: ./src/metrics/error-cause-counter.ts
var error_cause_counter = __webpack_require__(39156);
// EXTERNAL MODULE: ./src/metrics/drift.ts
var metrics_drift = __webpack_require__(75938);
// EXTERNAL MODULE: ./src/metrics/merge-stats.ts
var merge_stats = __webpack_require__(1767);
// EXTERNAL MODULE: ./src/metrics/tag-set.ts
var tag_set = __webpack_require__(11700);
;// CONCATENATED MODULE: ./src/metrics/merge-selections.ts
/**
 * The tag selections of several parts of one load as one run's: for each tag set,
 * the parts' stats added exactly (merge-stats.ts) and their seconds lined up by wall
 * clock. A selection some part did not record is left out: its sum would miss that
 * part's requests, and a threshold on it then has no data rather than a wrong value.
 */


function mergeSelections(parts, shifts, durationMs) {
    if (parts.every((part) => part.selections === undefined))
        return undefined;
    const byKey = parts.map((part) => new Map((part.selections ?? []).map((selection) => [(0,tag_set/* selectionKey */.iA)(selection.tags), selection])));
    const merged = [];
    for (const [key, first] of byKey[0]) {
        const all = byKey.map((selections) => selections.get(key));
        if (all.some((selection) => selection === undefined))
            continue;
        const known = all;
        const points = known.every((selection) => selection.points.length > 0)
            ? (0,merge_stats/* mergeIntervalPoints */.t4)(known.map((selection) => selection.points), shifts)
            : [];
        merged.push({
            tags: { ...first.tags },
            stats: (0,merge_stats/* mergeRequestStats */.XW)(known.map((selection) => selection.stats), durationMs),
            points,
        });
    }
    return merged;
}

// EXTERNAL MODULE: ./src/metrics/merge-timing.ts
var merge_timing = __webpack_require__(86084);
;// CONCATENATED MODULE: ./src/metrics/merge-scenarios.ts
function mergeScenarios(parts, runStartMs, merge) {
    if (parts.every((part) => part.scenarios === undefined))
        return undefined;
    const byName = new Map();
    for (const part of parts) {
        for (const scenario of part.scenarios ?? []) {
            const list = byName.get(scenario.name) ?? [];
            list.push(scenario);
            byName.set(scenario.name, list);
        }
    }
    return [...byName.values()].map((list) => {
        const measurements = merge(list.map((scenario) => scenario.measurements));
        return {
            name: list[0].name,
            executor: list[0].executor,
            startTimeMs: Math.max(0, Date.parse(measurements.startedAt) - runStartMs),
            measurements,
        };
    });
}

// EXTERNAL MODULE: ./src/metrics/traffic-recorder.ts
var traffic_recorder = __webpack_require__(58011);
;// CONCATENATED MODULE: ./src/metrics/merge-traffic.ts
/**
 * The realistic-traffic figures (setup requests, checks, tenant isolation) of several
 * parts of one load as one. Counts are summed exactly. The setup latency has no
 * histogram in the snapshot, so its merged summary is the conservative one: the
 * count-weighted mean, and for each percentile and the maximum the highest part's
 * value (setup latency is reported, never gated).
 */


function mergeTraffic(parts) {
    const present = parts.filter((part) => part !== undefined);
    if (present.length === 0)
        return undefined;
    return {
        setup: mergeSetup(present.map((part) => part.setup)),
        reauthentications: present.reduce((sum, part) => sum + part.reauthentications, 0),
        checks: mergeChecks(present.map((part) => part.checks)),
        isolation: mergeIsolation(present.map((part) => part.isolation)),
    };
}
function mergeSetup(parts) {
    const present = parts.filter((part) => part !== null);
    if (present.length === 0)
        return null;
    const statusCounts = {};
    const failures = {};
    const steps = new Map();
    const users = { total: 0, loggedIn: 0, failed: 0 };
    let requests = 0;
    let succeeded = 0;
    let failed = 0;
    for (const part of present) {
        requests += part.requests;
        succeeded += part.succeeded;
        failed += part.failed;
        (0,merge_stats/* addCounts */.c5)(statusCounts, part.statusCounts);
        (0,merge_stats/* addCounts */.c5)(failures, part.failures);
        users.total += part.users.total;
        users.loggedIn += part.users.loggedIn;
        users.failed += part.users.failed;
        for (const step of part.steps) {
            const entry = steps.get(step.name) ?? { name: step.name, requests: 0, failed: 0 };
            entry.requests += step.requests;
            entry.failed += step.failed;
            steps.set(step.name, entry);
        }
    }
    return {
        requests,
        succeeded,
        failed,
        statusCounts,
        failures,
        latency: (0,merge_stats/* mergeSummariesConservatively */.$I)(present.map((part) => part.latency)),
        users,
        steps: [...steps.values()],
    };
}
function mergeChecks(parts) {
    const byKey = new Map();
    for (const checks of parts) {
        for (const check of checks) {
            const key = `${check.endpoint}\u0000${check.name}`;
            const entry = byKey.get(key) ?? { name: check.name, endpoint: check.endpoint, passes: 0, fails: 0 };
            entry.passes += check.passes;
            entry.fails += check.fails;
            byKey.set(key, entry);
        }
    }
    return [...byKey.values()];
}
function mergeIsolation(parts) {
    const present = parts.filter((part) => part !== null);
    if (present.length === 0)
        return null;
    const byEndpoint = new Map();
    const details = new Map();
    let checked = 0;
    let unchecked = 0;
    let violations = 0;
    let detailsDropped = 0;
    for (const part of present) {
        checked += part.checked;
        unchecked += part.unchecked;
        violations += part.violations;
        detailsDropped += part.detailsDropped;
        for (const row of part.byEndpoint) {
            const entry = byEndpoint.get(row.endpoint) ?? { endpoint: row.endpoint, checked: 0, violations: 0 };
            entry.checked += row.checked;
            entry.violations += row.violations;
            byEndpoint.set(row.endpoint, entry);
        }
        for (const row of part.details) {
            const key = `${row.endpoint}\u0000${row.requestingTenant}\u0000${row.seenTenant}`;
            const entry = details.get(key) ?? { ...row, count: 0 };
            entry.count += row.count;
            details.set(key, entry);
        }
    }
    const rows = [...details.values()].sort((a, b) => b.count - a.count);
    return {
        checked,
        unchecked,
        violations,
        byEndpoint: [...byEndpoint.values()],
        // The same bound as one recorder's: the rarest rows beyond it are counted, not listed.
        details: rows.slice(0, traffic_recorder/* MAX_VIOLATION_ROWS */.L),
        detailsDropped: detailsDropped + Math.max(0, rows.length - traffic_recorder/* MAX_VIOLATION_ROWS */.L),
    };
}

// EXTERNAL MODULE: ./src/metrics/transport-measurements.ts
var transport_measurements = __webpack_require__(61748);
;// CONCATENATED MODULE: ./src/metrics/merge-measurements.ts
/**
 * Several parts of one load as one run: the worker threads of a runner, the shards of
 * a matrix, several k6 instances. The merge is exact wherever the parts kept the raw
 * material: HDR histograms are added, counters summed, and each percentile, mean and
 * rate is computed again from the sums (a p95 is never an average of p95s).
 *
 * Time: the parts ran side by side. The merged run starts at the earliest start and
 * ends at the latest end; each part's per-second points move to the wall-clock second
 * they covered (a part that started 1.2 s after the first has its second 1 merged
 * into second 2), so a second's request count is the sum over every part that ran then.
 *
 * Where a part kept no raw material (the setup latency's summary, the generator's
 * send delay and health), the merged figure is the conservative one, named at each
 * field. Fields that describe the run rather than a part (how the target was reached,
 * its own metrics from Prometheus) are the same in every part and kept once.
 */









/** Parts that cannot be one run (a breakpoint staircase, no parts at all). */
class MeasurementsMergeError extends Error {
    name = 'MeasurementsMergeError';
}
function mergeMeasurements(parts) {
    if (parts.length === 0)
        throw new MeasurementsMergeError('no measurements to merge');
    if (parts.length === 1)
        return parts[0];
    if (parts.some((part) => part.breakpoint !== undefined)) {
        // Each part's staircase stops at its own first broken step: their steps are not one load.
        throw new MeasurementsMergeError('breakpoint measurements cannot be merged');
    }
    const starts = parts.map((part) => Date.parse(part.startedAt));
    const start = Math.min(...starts);
    const ends = parts.map((part, index) => starts[index] + part.durationMs);
    const durationMs = Math.max(...ends) - start;
    const shifts = starts.map((at) => Math.round((at - start) / 1000));
    const intervals = mergeIntervals(parts, shifts);
    const timeSeries = mergeTimeSeries(parts, shifts, intervals);
    const merged = {
        startedAt: new Date(start).toISOString(),
        finishedAt: new Date(Math.max(...parts.map((part) => Date.parse(part.finishedAt)))).toISOString(),
        durationMs,
        maxVusReached: maxVus(parts, timeSeries),
        overall: (0,merge_stats/* mergeRequestStats */.XW)(parts.map((part) => part.overall), durationMs),
        endpoints: mergeEndpoints(parts, durationMs),
        timeSeries,
        ...(intervals ? { intervals } : {}),
        ...optional('errorCauses', mergeErrorCauses(parts)),
        ...optional('stoppedEarly', parts.find((part) => part.stoppedEarly !== undefined)?.stoppedEarly),
        ...optional('plan', mergePlan(parts)),
        ...optional('arrival', mergeArrival(parts)),
        ...optional('generator', mergeGenerator(parts)),
        ...optional('abortedBy', earliestAbort(parts)),
        ...optional('traffic', mergeTraffic(parts.map((part) => part.traffic))),
        ...optional('transport', mergeTransport(parts)),
        ...optional('source', mergeSource(parts)),
        ...optional('selections', mergeSelections(parts, shifts, durationMs)),
        ...optional('execution', (0,merge_timing/* mergeExecution */.z)(parts.map((part) => part.execution))),
        // The target's own metrics are the target's, not a part's: every part read the same series.
        ...optional('serverMetrics', parts.find((part) => part.serverMetrics !== undefined)?.serverMetrics),
        ...optional('scenarios', mergeScenarios(parts, start, mergeMeasurements)),
    };
    if (parts.some((part) => part.drift !== undefined)) {
        const drift = (0,metrics_drift/* measureDrift */.Q)(merged);
        if (drift)
            merged.drift = drift;
    }
    return merged;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** Endpoints by name, in the order the first part that has each lists them. */
function mergeEndpoints(parts, durationMs) {
    const byName = new Map();
    for (const part of parts) {
        for (const endpoint of part.endpoints) {
            const list = byName.get(endpoint.name) ?? [];
            list.push(endpoint);
            byName.set(endpoint.name, list);
        }
    }
    return [...byName.values()].map((list) => ({
        name: list[0].name,
        method: list[0].method,
        path: list[0].path,
        ...(0,merge_stats/* mergeRequestStats */.XW)(list, durationMs),
    }));
}
/** Per-second histograms, when every part kept them (results written before they were kept have none). */
function mergeIntervals(parts, shifts) {
    if (parts.some((part) => part.intervals === undefined))
        return undefined;
    const names = [...new Set(parts.flatMap((part) => part.intervals.endpoints.map((entry) => entry.name)))];
    return {
        overall: (0,merge_stats/* mergeIntervalPoints */.t4)(parts.map((part) => part.intervals.overall), shifts),
        endpoints: names.map((name) => ({
            name,
            points: (0,merge_stats/* mergeIntervalPoints */.t4)(parts.map((part) => part.intervals.endpoints.find((entry) => entry.name === name)?.points ?? []), shifts),
        })),
    };
}
/**
 * The time series second by second: VUs, requests and errors summed; the percentiles
 * from the merged per-second histograms. Without them (an old results.json), the
 * highest part's percentile of that second, the conservative reading.
 */
function mergeTimeSeries(parts, shifts, intervals) {
    const bySecond = new Map();
    parts.forEach((part, index) => {
        for (const point of part.timeSeries) {
            const t = point.t + shifts[index];
            const entry = bySecond.get(t);
            if (entry === undefined) {
                bySecond.set(t, { ...point, t });
                continue;
            }
            entry.vus += point.vus;
            entry.requests += point.requests;
            entry.errors += point.errors;
            entry.p50 = Math.max(entry.p50, point.p50);
            entry.p95 = Math.max(entry.p95, point.p95);
            entry.p99 = Math.max(entry.p99, point.p99);
        }
    });
    const exact = new Map(intervals?.overall.map((point) => [point.t, point.histogram]) ?? []);
    return [...bySecond.values()]
        .sort((a, b) => a.t - b.t)
        .map((point) => {
        const histogram = exact.get(point.t);
        if (histogram === undefined)
            return point;
        const sum = (0,merge_stats/* addHistograms */.Bh)([histogram]);
        return { ...point, p50: sum.percentileMs(50), p95: sum.percentileMs(95), p99: sum.percentileMs(99) };
    });
}
/** The most VUs active in one second over all parts (each part's peak, summed, when no series was kept). */
function maxVus(parts, timeSeries) {
    const fromSeries = timeSeries.reduce((max, point) => Math.max(max, point.vus), 0);
    return fromSeries > 0 ? fromSeries : parts.reduce((sum, part) => sum + part.maxVusReached, 0);
}
function mergeErrorCauses(parts) {
    if (parts.every((part) => part.errorCauses === undefined))
        return undefined;
    const counter = new error_cause_counter/* ErrorCauseCounter */.oV();
    for (const part of parts) {
        for (const row of part.errorCauses ?? [])
            counter.add(row.cause, row.errorClass, row.count);
    }
    return counter.counts();
}
/** The plan ran as far as its least advanced part: the merged run completed only if every part did. */
function mergePlan(parts) {
    const plans = parts.map((part) => part.plan);
    if (plans.every((plan) => plan === undefined))
        return undefined;
    if (plans.some((plan) => plan === undefined)) {
        return { plannedMs: 0, ranMs: 0, fraction: 0, completed: false, stoppedBy: 'a part recorded no plan' };
    }
    const known = plans;
    const least = known.reduce((a, b) => (b.fraction < a.fraction || (!b.completed && a.completed) ? b : a));
    const completed = known.every((plan) => plan.completed);
    return {
        plannedMs: Math.max(...known.map((plan) => plan.plannedMs)),
        ranMs: least.ranMs,
        fraction: least.fraction,
        completed,
        ...(completed
            ? {}
            : { stoppedBy: known.find((plan) => !plan.completed)?.stoppedBy ?? 'a part stopped early' }),
    };
}
/** The open model's figures summed; the uncorrected latency from the summed histogram. */
function mergeArrival(parts) {
    const arrivals = parts.map((part) => part.arrival);
    if (arrivals.every((arrival) => arrival === undefined))
        return undefined;
    const known = arrivals.filter((arrival) => arrival !== undefined);
    const sum = (key) => known.reduce((total, arrival) => total + arrival[key], 0);
    const uncorrected = (0,merge_stats/* addHistograms */.Bh)(known.map((arrival) => arrival.uncorrectedHistogram));
    const delays = known.flatMap((arrival) => (arrival.generatorDelay ? [arrival.generatorDelay] : []));
    return {
        targetRps: (0,endpoint_accumulator/* round3 */.cH)(sum('targetRps')),
        achievedRps: (0,endpoint_accumulator/* round3 */.cH)(sum('achievedRps')),
        scheduled: sum('scheduled'),
        sent: sum('sent'),
        dropped: sum('dropped'),
        maxVus: sum('maxVus'),
        // Each part's peak, summed: the parts' peaks may fall at different moments, so this is an upper bound.
        peakInFlight: known.reduce((total, arrival) => total + arrival.peakInFlight, 0),
        connections: sum('connections'),
        uncorrectedLatency: uncorrected.summary(),
        uncorrectedHistogram: uncorrected.encode(),
        ...(delays.length > 0 ? { generatorDelay: (0,merge_stats/* mergeSummariesConservatively */.$I)(delays) } : {}),
    };
}
/** The worst part's health: a bottleneck in any part is a bottleneck of the run. */
function mergeGenerator(parts) {
    const known = parts
        .map((part) => part.generator)
        .filter((generator) => generator !== undefined);
    if (known.length === 0)
        return undefined;
    const highest = (key) => Math.max(...known.map((generator) => generator[key]));
    return {
        eventLoopLagP99Ms: highest('eventLoopLagP99Ms'),
        eventLoopLagMaxMs: highest('eventLoopLagMaxMs'),
        cpuPercent: highest('cpuPercent'),
        peakRssMb: highest('peakRssMb'),
        rssFirstTenthMb: Math.max(...known.map((generator) => generator.rssFirstTenthMb)),
        rssLastTenthMb: Math.max(...known.map((generator) => generator.rssLastTenthMb)),
        nodeFlags: known[0].nodeFlags,
        bottleneck: [...new Set(known.flatMap((generator) => generator.bottleneck))],
        ...(known.some((generator) => generator.workers)
            ? { workers: known.flatMap((generator) => generator.workers ?? []) }
            : {}),
    };
}
/** How the target was reached is the same for every part; the connections opened are summed. */
function mergeTransport(parts) {
    const known = parts.flatMap((part) => (part.transport ? [part.transport] : []));
    if (known.length === 0)
        return undefined;
    const connections = {
        'http/1.1': known.reduce((sum, transport) => sum + transport.connections['http/1.1'], 0),
        h2: known.reduce((sum, transport) => sum + transport.connections.h2, 0),
    };
    return { ...known[0], connections, protocol: (0,transport_measurements/* protocolOf */.A)(connections) };
}
/** Parts read from files (k6 instances): every file, every skipped note once. */
function mergeSource(parts) {
    const known = parts.flatMap((part) => (part.source ? [part.source] : []));
    if (known.length === 0)
        return undefined;
    return {
        kind: known[0].kind,
        files: [...new Set(known.flatMap((source) => source.files))],
        skipped: [...new Set(known.flatMap((source) => source.skipped))],
    };
}
function earliestAbort(parts) {
    return parts
        .map((part) => part.abortedBy)
        .filter((abort) => abort !== undefined)
        .sort((a, b) => a.atMs - b.atMs)[0];
}


/***/ }),

/***/ 1767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ mergeSummariesConservatively),
/* harmony export */   Bh: () => (/* binding */ addHistograms),
/* harmony export */   XW: () => (/* binding */ mergeRequestStats),
/* harmony export */   c5: () => (/* binding */ addCounts),
/* harmony export */   t4: () => (/* binding */ mergeIntervalPoints)
/* harmony export */ });
/* harmony import */ var _measurements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37164);
/* harmony import */ var _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62016);
/* harmony import */ var _endpoint_accumulator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81043);
/* harmony import */ var _merge_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86084);
/**
 * Exact sums of the figures several parts of one load measured (worker threads of one
 * runner, shards of a matrix, k6 instances): counters are added, HDR histograms are
 * added bucket by bucket, and every statistic is computed again from the sums, never
 * averaged. Used by merge-measurements.ts; each function merges one shape.
 */




/** The sum of HDR histograms given as compressed base64 ('' is empty). */
function addHistograms(encoded) {
    const sum = new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2();
    for (const base64 of encoded)
        if (base64 !== '')
            sum.add(_latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2.decode(base64));
    return sum;
}
/** Adds `from`'s counts into `into`, key by key. */
function addCounts(into, from) {
    for (const [key, count] of Object.entries(from))
        into[key] = (into[key] ?? 0) + count;
}
/**
 * Request statistics of several parts as one: counts summed, the latency summary
 * read from the summed histogram, the rate over the merged run's `durationMs`.
 */
function mergeRequestStats(parts, durationMs) {
    const statusCounts = {};
    const errors = Object.fromEntries(_measurements_js__WEBPACK_IMPORTED_MODULE_3__/* .ERROR_CLASSES */ .E.map((name) => [name, 0]));
    let requests = 0;
    let succeeded = 0;
    let failed = 0;
    let bytesSent = 0;
    let bytesReceived = 0;
    for (const part of parts) {
        requests += part.requests;
        succeeded += part.succeeded;
        failed += part.failed;
        bytesSent += part.bytesSent;
        bytesReceived += part.bytesReceived;
        addCounts(statusCounts, part.statusCounts);
        for (const name of _measurements_js__WEBPACK_IMPORTED_MODULE_3__/* .ERROR_CLASSES */ .E)
            errors[name] += part.errors[name] ?? 0;
    }
    const histogram = addHistograms(parts.map((part) => part.histogram));
    const timings = (0,_merge_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeTimings */ .S)(parts.map((part) => part.timings));
    return {
        requests,
        succeeded,
        failed,
        rps: durationMs > 0 ? (0,_endpoint_accumulator_js__WEBPACK_IMPORTED_MODULE_1__/* .round3 */ .cH)((requests * 1000) / durationMs) : 0,
        bytesSent,
        bytesReceived,
        statusCounts: sortedByStatus(statusCounts),
        errors,
        latency: histogram.summary(),
        histogram: histogram.encode(),
        ...(timings !== undefined ? { timings } : {}),
    };
}
/**
 * Per-second points of several parts, second by second: `shifts[i]` seconds are added
 * to part i's `t` so that each point lands on the wall-clock second it covered.
 */
function mergeIntervalPoints(parts, shifts) {
    const bySecond = new Map();
    parts.forEach((points, index) => {
        for (const point of points) {
            const t = point.t + (shifts[index] ?? 0);
            const entry = bySecond.get(t) ?? { ms: 0, requests: 0, failed: 0, histograms: [] };
            entry.ms = Math.max(entry.ms, point.ms);
            entry.requests += point.requests;
            entry.failed += point.failed;
            if (point.histogram !== '')
                entry.histograms.push(point.histogram);
            bySecond.set(t, entry);
        }
    });
    return [...bySecond.entries()]
        .sort(([a], [b]) => a - b)
        .map(([t, entry]) => {
        const histogram = addHistograms(entry.histograms);
        return {
            t,
            ms: entry.ms,
            requests: entry.requests,
            failed: entry.failed,
            histogram: histogram.count > 0 ? histogram.encode() : '',
        };
    });
}
function sortedByStatus(counts) {
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => Number(a) - Number(b)));
}
/**
 * Latency summaries kept without their histogram (setup requests, the generator's send
 * delay) cannot be added exactly: the count-weighted mean and pooled deviation, the
 * lowest min, and for each percentile and the max the highest part's, an upper bound.
 */
function mergeSummariesConservatively(parts) {
    const present = parts.filter((part) => part.count > 0);
    if (present.length === 0)
        return { ..._latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_LATENCY_SUMMARY */ .sN };
    const count = present.reduce((sum, part) => sum + part.count, 0);
    const highest = (key) => Math.max(...present.map((part) => part[key]));
    const mean = present.reduce((sum, part) => sum + part.mean * part.count, 0) / count;
    // The pooled standard deviation: within-part variance plus the spread of the part means.
    const variance = present.reduce((sum, part) => sum + part.count * (part.stdev ** 2 + (part.mean - mean) ** 2), 0) / count;
    return {
        count,
        min: Math.min(...present.map((part) => part.min)),
        mean: Math.round(mean * 1000) / 1000,
        stdev: Math.round(Math.sqrt(variance) * 1000) / 1000,
        p50: highest('p50'),
        p90: highest('p90'),
        p95: highest('p95'),
        p99: highest('p99'),
        p999: highest('p999'),
        max: highest('max'),
    };
}


/***/ }),

/***/ 86084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ mergeTimings),
/* harmony export */   z: () => (/* binding */ mergeExecution)
/* harmony export */ });
/* harmony import */ var _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62016);
/* harmony import */ var _timing_accumulator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44528);
/* harmony import */ var _timing_measurements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40177);
/**
 * Exact merge of the timing breakdown and of the iterations/VUs of several parts of one
 * load (worker threads, shards, k6 instances): phase and iteration histograms added
 * bucket by bucket, counts summed, every statistic read again from the sums. The parts
 * ran side by side, so their VU counts add up too.
 */



/** The timings of the parts that have them; undefined when none has (nothing was timed). */
function mergeTimings(parts) {
    const present = parts.filter((part) => part !== undefined);
    if (present.length === 0)
        return undefined;
    if (present.length === 1 && parts.length === 1)
        return present[0];
    const phases = {};
    const histograms = {};
    for (const phase of _timing_measurements_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_PHASES */ .q) {
        const sum = addHistograms(present.map((part) => part.histograms[phase]));
        phases[phase] = (0,_timing_accumulator_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseSummary */ .g)(sum);
        histograms[phase] = sum.encode();
    }
    return {
        count: present.reduce((total, part) => total + part.count, 0),
        connectionsOpened: present.reduce((total, part) => total + part.connectionsOpened, 0),
        phases,
        histograms,
    };
}
function mergeExecution(parts) {
    const present = parts.filter((part) => part !== undefined);
    if (present.length === 0)
        return undefined;
    const sum = (read) => present.reduce((total, part) => total + read(part), 0);
    const histogram = addHistograms(present.map((part) => part.iterationHistogram));
    return {
        iterations: sum((part) => part.iterations),
        iterationDuration: histogram.summary(),
        iterationHistogram: histogram.encode(),
        vus: sum((part) => part.vus),
        vusMax: sum((part) => part.vusMax),
        droppedIterations: sum((part) => part.droppedIterations),
    };
}
/** The sum of HDR histograms given as compressed base64 ('' is empty). */
function addHistograms(encoded) {
    const sum = new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2();
    for (const base64 of encoded)
        if (base64 !== '')
            sum.add(_latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2.decode(base64));
    return sum;
}


/***/ }),

/***/ 15678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ MetricsRecorder)
});

// EXTERNAL MODULE: ./src/metrics/endpoint-accumulator.ts
var endpoint_accumulator = __webpack_require__(81043);
// EXTERNAL MODULE: ./src/metrics/error-cause-counter.ts
var error_cause_counter = __webpack_require__(39156);
// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
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
    histogram = new latency_histogram/* LatencyHistogram */.t2();
}
class IntervalRollUp {
    names;
    overall = [];
    perEndpoint;
    taken;
    scratch = new latency_histogram/* LatencyHistogram */.t2();
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
    /** Closes second `t` of the scopes only (the tag selections', whose run is rolled up by the recorder). */
    closeShares(t, ms, totals) {
        totals.forEach((total, index) => {
            this.perEndpoint[index].push(this.share(t, ms, total, this.taken[index]));
        });
    }
    /** {@link foldLast} of the scopes only. */
    foldLastShares(ms, totals) {
        totals.forEach((total, index) => {
            const points = this.perEndpoint[index];
            const previous = points[points.length - 1];
            if (previous === undefined)
                return;
            points[points.length - 1] = merge(previous, this.share(previous.t, ms, total, this.taken[index]));
        });
    }
    /** The closed seconds so far. The points are never changed once handed out. */
    /** The whole run's closed seconds (no copy of the endpoints' series). */
    overallSeconds() {
        return [...this.overall];
    }
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
        const sum = latency_histogram/* LatencyHistogram */.t2.decode(a.histogram);
        sum.add(latency_histogram/* LatencyHistogram */.t2.decode(b.histogram));
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

;// CONCATENATED MODULE: ./src/metrics/iteration-counter.ts
/**
 * Iterations as k6 counts them (`iterations`, `iteration_duration`), and the figures
 * the executor gives at the end (`vus_max`, `dropped_iterations`): a counter and a
 * fixed-size HDR histogram, nothing kept per iteration.
 */

class IterationCounter {
    count = 0;
    histogram = new latency_histogram/* LatencyHistogram */.t2();
    vusMax;
    dropped = 0;
    record(durationUs) {
        this.count++;
        this.histogram.recordMicros(durationUs);
    }
    setFigures(figures) {
        if (figures.vusMax !== undefined)
            this.vusMax = figures.vusMax;
        if (figures.droppedIterations !== undefined)
            this.dropped = figures.droppedIterations;
    }
    /** `vus`: the last sampled VU count; `maxVus`: the most VUs active at once (vus_max unless the executor gave one). */
    measurements(run) {
        return {
            iterations: this.count,
            iterationDuration: this.histogram.summary(),
            iterationHistogram: this.histogram.encode(),
            vus: run.vus,
            vusMax: Math.max(this.vusMax ?? 0, run.maxVus),
            droppedIterations: this.dropped,
        };
    }
}

;// CONCATENATED MODULE: ./src/metrics/k6-error-codes.ts
/** k6's codes for the failures the engine tells apart by their cause. */
const CODE_OF_CAUSE = {
    LOADGATE_REQUEST_TIMEOUT: 1050,
    UND_ERR_HEADERS_TIMEOUT: 1050,
    UND_ERR_BODY_TIMEOUT: 1050,
    ENOTFOUND: 1101,
    EAI_NONAME: 1101,
    EPIPE: 1201,
    ETIMEDOUT: 1211,
    UND_ERR_CONNECT_TIMEOUT: 1211,
    ECONNREFUSED: 1212,
    LOADGATE_PROXY_REFUSED: 1212,
    ECONNRESET: 1220,
    ECONNABORTED: 1200,
    EHOSTUNREACH: 1210,
    ENETUNREACH: 1210,
    ERR_SSL_WRONG_VERSION_NUMBER: 1301,
    DEPTH_ZERO_SELF_SIGNED_CERT: 1310,
    SELF_SIGNED_CERT_IN_CHAIN: 1310,
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 1310,
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 1310,
    UNABLE_TO_GET_ISSUER_CERT: 1310,
    CERT_UNTRUSTED: 1310,
    ERR_TLS_CERT_ALTNAME_INVALID: 1311,
};
/** k6's default code of each class, for causes not listed above. */
const CODE_OF_CLASS = {
    timeout: 1050,
    dns: 1100,
    connection_refused: 1212,
    connection_reset: 1220,
    tls: 1300,
};
/** k6's `error_code` of a request, or 0 when k6 sets none. */
function k6ErrorCode(outcome) {
    if (outcome.status >= 400)
        return 1000 + outcome.status;
    if (outcome.status > 0)
        return 0;
    const cause = outcome.errorCause;
    if (cause) {
        const known = CODE_OF_CAUSE[cause];
        if (known !== undefined)
            return known;
    }
    return (outcome.errorClass && CODE_OF_CLASS[outcome.errorClass]) || 1000;
}

// EXTERNAL MODULE: ./src/metrics/tag-set.ts
var tag_set = __webpack_require__(11700);
;// CONCATENATED MODULE: ./src/metrics/tag-selections.ts




/** The group of every gated request: k6's root group (setup requests are not gated traffic). */
const ROOT_GROUP = '';
/** A selection that does not ask for a tag; a value that cannot be one (NaN) matches nothing. */
const ANY = -1;
/** Keys matched once per endpoint. */
const STATIC_KEYS = new Set(['name', 'method', 'group']);
/** Keys matched per request. */
const DYNAMIC_KEYS = new Set(['status', 'expected_response', 'error_code', 'url', 'scenario']);
class TagSelections {
    accumulators;
    dynamic;
    /** Per endpoint, the selections its fixed tags allow. */
    candidates;
    rollUp;
    scenario;
    selections;
    constructor(selections, endpoints, options = {}) {
        this.selections = selections.map((tags) => (0,tag_set/* canonicalTags */.MV)(tags) ?? tags);
        const contradictory = selections.map((tags) => (0,tag_set/* canonicalTags */.MV)(tags) === undefined);
        this.scenario = options.scenario ?? 'default';
        this.accumulators = this.selections.map(() => new endpoint_accumulator/* EndpointAccumulator */.g4());
        this.dynamic = this.selections.map((tags) => compileDynamic(tags, options.origin));
        this.candidates = endpoints.map((endpoint) => this.selections.flatMap((tags, index) => !contradictory[index] && matchesStatic(tags, endpoint) && this.dynamic[index].path !== undefined
            ? [{ index, tags: undeclared(tags, endpoint) }]
            : []));
        this.rollUp = new IntervalRollUp(this.selections.map((tags) => (0,tag_set/* selectionKey */.iA)(tags)));
    }
    get size() {
        return this.selections.length;
    }
    /** Records one request of endpoint `endpointIndex` into every selection it falls in. */
    record(endpointIndex, latencyUs, outcome) {
        const candidates = this.candidates[endpointIndex];
        if (candidates === undefined || candidates.length === 0)
            return;
        let errorCode = -1;
        for (let i = 0; i < candidates.length; i++) {
            const { index, tags } = candidates[i];
            const want = this.dynamic[index];
            if (want.status !== ANY && want.status !== outcome.status)
                continue;
            if (want.expected !== ANY && want.expected !== (outcome.ok ? 1 : 0))
                continue;
            if (want.errorCode !== ANY) {
                if (errorCode < 0)
                    errorCode = k6ErrorCode(outcome);
                if (want.errorCode !== errorCode)
                    continue;
            }
            if (want.path !== null && want.path !== outcome.path)
                continue;
            if (want.scenario !== null && want.scenario !== (outcome.scenario ?? this.scenario))
                continue;
            if (tags.length > 0 && !carries(outcome.tags, tags))
                continue;
            this.accumulators[index].add(latencyUs, outcome);
        }
    }
    /** Closes second `t` of every selection (see interval-series.ts). */
    close(t, ms) {
        if (this.selections.length > 0)
            this.rollUp.closeShares(t, ms, this.accumulators);
    }
    /** Folds the run's short last second into the one before. */
    foldLast(ms) {
        if (this.selections.length > 0)
            this.rollUp.foldLastShares(ms, this.accumulators);
    }
    /** The selections' figures over `durationMs`, each with its per-second points. */
    snapshot(durationMs) {
        const series = this.rollUp.series().endpoints;
        return this.selections.map((tags, index) => ({
            tags: { ...tags },
            stats: this.accumulators[index].toStats(durationMs),
            points: [...(series[index]?.points ?? [])],
        }));
    }
}
/** Whether the endpoint's fixed tags allow the selection. */
function matchesStatic(tags, endpoint) {
    for (const [key, value] of Object.entries(tags)) {
        if (key === 'name' && value !== endpoint.name)
            return false;
        if (key === 'method' && value !== endpoint.method)
            return false;
        if (key === 'group' && value !== ROOT_GROUP)
            return false;
        if (STATIC_KEYS.has(key) || DYNAMIC_KEYS.has(key))
            continue;
        const own = endpoint.tags?.[key];
        if (own !== undefined && own !== value)
            return false;
    }
    return true;
}
/**
 * The per-request part of a selection. `path` is undefined when the selection's URL
 * lies on another origin than the requests' (it can never match).
 */
function compileDynamic(tags, origin) {
    const url = tags.url;
    let path = null;
    if (url !== undefined) {
        path = origin !== undefined && url.startsWith(origin) ? url.slice(origin.length) || '/' : undefined;
    }
    const integer = (text) => text === undefined ? ANY : /^\d+$/.test(text) ? Number(text) : NaN;
    return {
        status: integer(tags.status),
        expected: tags.expected_response === undefined ? ANY : tags.expected_response === 'true' ? 1 : 0,
        errorCode: integer(tags.error_code),
        path,
        scenario: tags.scenario ?? null,
    };
}
/** The selection's custom tags that the endpoint does not declare. */
function undeclared(tags, endpoint) {
    return Object.entries(tags).filter(([key]) => !STATIC_KEYS.has(key) && !DYNAMIC_KEYS.has(key) && endpoint.tags?.[key] === undefined);
}
function carries(own, wanted) {
    if (own === null || own === undefined)
        return false;
    for (const [key, value] of wanted)
        if (own[key] !== value)
            return false;
    return true;
}
/** One request into an accumulator, as the recorder counts it per endpoint. */

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
    causes = new error_cause_counter/* ErrorCauseCounter */.oV();
    selections;
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
    /** VUs active when the last whole second closed (k6 samples `vus` once a second). */
    lastSecondVus = 0;
    iterations = new IterationCounter();
    // Time series: the open second and the last closed one (kept to fold a short trailing bucket into it).
    points = [];
    bucketIndex = 0;
    bucketEndMs = Number.POSITIVE_INFINITY;
    bucketRequests = 0;
    bucketErrors = 0;
    bucketVus = 0;
    bucketHistogram = new latency_histogram/* LatencyHistogram */.t2();
    previousBucketHistogram = new latency_histogram/* LatencyHistogram */.t2();
    rollUp;
    // Progress window: closed seconds since the last sample, minus what of the open second was already reported.
    windowHistogram = new latency_histogram/* LatencyHistogram */.t2();
    reportedOfBucket = new latency_histogram/* LatencyHistogram */.t2();
    scratch = new latency_histogram/* LatencyHistogram */.t2();
    lastProgressMs = 0;
    lastProgressRequests = 0;
    lastProgressErrors = 0;
    constructor(endpoints, options = {}) {
        if (endpoints.length === 0)
            throw new Error('MetricsRecorder needs at least one endpoint');
        this.endpointInfo = endpoints.map(({ name, method, path }) => ({ name, method, path }));
        this.perEndpoint = endpoints.map(() => new endpoint_accumulator/* EndpointAccumulator */.g4());
        this.rollUp = new IntervalRollUp(this.endpointInfo.map((endpoint) => endpoint.name));
        const selections = options.selections ?? [];
        this.selections =
            selections.length === 0
                ? null
                : new TagSelections(selections, withScenarioTags(endpoints, options.scenarioTags), {
                    ...(options.origin !== undefined ? { origin: options.origin } : {}),
                    ...(options.scenario !== undefined ? { scenario: options.scenario } : {}),
                });
        this.now = options.now ?? (() => performance.now());
        this.wallClock = options.wallClock ?? Date.now;
        this.plannedMs = options.plannedMs ?? 0;
    }
    /** The closed seconds of the whole run, as a snapshot's `intervals.overall`, encoding nothing else. */
    closedSeconds() {
        return this.rollUp.overallSeconds();
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
        acc.add(latencyUs, outcome);
        this.totalRequests++;
        this.bucketRequests++;
        if (!outcome.ok) {
            this.totalErrors++;
            this.bucketErrors++;
            if (outcome.status === 0 && outcome.errorCause) {
                this.causes.add(outcome.errorCause, outcome.errorClass ?? 'other');
            }
        }
        if (outcome.sent)
            this.bucketHistogram.recordMicros(latencyUs);
        if (this.selections !== null)
            this.selections.record(endpointIndex, latencyUs, outcome);
    }
    /** One iteration (a pass of a user's journey) ended, `durationUs` after its first request started. */
    recordIteration(durationUs) {
        this.iterations.record(durationUs);
    }
    /**
     * How many VUs were allocated (k6's vus_max) and how many iterations were never
     * started (dropped_iterations), as the executor knows them at the end; unset, vus_max
     * is the most VUs active at once.
     */
    setExecution(figures) {
        this.iterations.setFigures(figures);
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
        const total = new endpoint_accumulator/* EndpointAccumulator */.g4();
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
            ...(this.selections !== null ? { selections: this.selections.snapshot(durationMs) } : {}),
            execution: this.iterations.measurements({
                // No whole second closed: no sample k6 would have taken, the most VUs at once stands in.
                vus: this.bucketIndex > 0 ? this.lastSecondVus : this.maxVus,
                maxVus: this.maxVus,
            }),
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
            this.selections?.close(this.bucketIndex, 1000);
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
            this.lastSecondVus = this.vus;
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
            this.selections?.foldLast(lengthMs);
        }
        else if (lengthMs > 0 || hasData) {
            this.points.push(this.bucketPoint(this.bucketIndex + 1, this.bucketHistogram));
            this.rollUp.close(this.bucketIndex + 1, lengthMs, this.openBucket(this.bucketHistogram), this.perEndpoint);
            this.selections?.close(this.bucketIndex + 1, lengthMs);
        }
        this.bucketRequests = 0;
        this.bucketErrors = 0;
        this.bucketHistogram.reset();
    }
}
/** The endpoints with their scenario's tags under their own (an endpoint's tag wins, as in k6), for tag selections. */
function withScenarioTags(endpoints, scenarioTags) {
    if (scenarioTags === undefined || Object.keys(scenarioTags).length === 0)
        return endpoints;
    return endpoints.map((endpoint) => ({ ...endpoint, tags: { ...scenarioTags, ...endpoint.tags } }));
}


/***/ }),

/***/ 11700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ canonicalTags),
/* harmony export */   iA: () => (/* binding */ selectionKey),
/* harmony export */   yi: () => (/* binding */ isEndpointScope)
/* harmony export */ });
/**
 * The canonical tag set of a selection: `endpoint` as `name`, keys sorted. Undefined
 * when the tags contradict each other (`{endpoint:a,name:b}` selects nothing).
 */
function canonicalTags(tags) {
    const out = {};
    for (const [key, value] of Object.entries(tags)) {
        const as = key === 'endpoint' ? 'name' : key;
        if (out[as] !== undefined && out[as] !== value)
            return undefined;
        out[as] = value;
    }
    return Object.fromEntries(Object.keys(out)
        .sort()
        .map((key) => [key, out[key]]));
}
/** One text per selection, the same for equal tag sets (JSON of the canonical form). */
function selectionKey(tags) {
    return JSON.stringify(canonicalTags(tags) ?? tags);
}
/**
 * Whether the tags select no more than the whole run or one endpoint, which the
 * run's own scopes already hold (no selection is recorded for them).
 */
function isEndpointScope(tags) {
    const canonical = canonicalTags(tags);
    if (canonical === undefined)
        return false;
    const keys = Object.keys(canonical);
    return keys.length === 0 || (keys.length === 1 && keys[0] === 'name');
}


/***/ }),

/***/ 44528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ TimingAccumulator),
/* harmony export */   g: () => (/* binding */ phaseSummary)
/* harmony export */ });
/* harmony import */ var _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62016);
/* harmony import */ var _timing_measurements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40177);
/**
 * One scope's request timing breakdown while the load runs: an HDR histogram per
 * phase, fed from the phase times the sender wrote on the (reused) outcome object, so
 * recording allocates nothing. Held by every `EndpointAccumulator`, so each scope
 * (the run, an endpoint, a tag selection, a scenario) has it.
 */


/**
 * A phase's summary. Unlike a latency, a phase is often exactly 0 (a reused connection
 * has no connect time), so its min is the lowest value recorded, zeros included.
 */
function phaseSummary(histogram) {
    const summary = histogram.summary();
    if (summary.count > 0)
        summary.min = Math.min(summary.min, histogram.percentileMs(0));
    return summary;
}
class TimingAccumulator {
    count = 0;
    connectionsOpened = 0;
    /** One histogram per phase, in TIMING_PHASES order; made at the first record (a scope with no timed request costs nothing). */
    histograms = null;
    /**
     * Requests on a reused connection whose 0 connect and TLS times are not yet in their
     * histograms: counted here and added in one go when the histograms are read, so the
     * common case records four values, not six.
     */
    pendingReused = 0;
    /** Records the phases of a request whose outcome carries them (`timed`). */
    record(outcome) {
        const h = this.histograms ?? this.allocate();
        this.count++;
        if (outcome.connectionOpened === true) {
            this.connectionsOpened++;
            h[1].recordMicros(outcome.connectingUs ?? 0);
            h[2].recordMicros(outcome.tlsHandshakingUs ?? 0);
        }
        else {
            this.pendingReused++;
        }
        h[0].recordMicros(outcome.blockedUs ?? 0);
        h[3].recordMicros(outcome.sendingUs ?? 0);
        h[4].recordMicros(outcome.waitingUs ?? 0);
        h[5].recordMicros(outcome.receivingUs ?? 0);
    }
    /**
     * One phase of one request, for sources that give the phases one by one (k6's samples):
     * a request counts as timed at its `waiting` phase, as opening a connection at a
     * `connecting` above 0.
     */
    recordPhase(phase, us) {
        const h = this.histograms ?? this.allocate();
        this.flush();
        h[_timing_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMING_PHASES */ .q.indexOf(phase)].recordMicros(us);
        if (phase === 'waiting')
            this.count++;
        else if (phase === 'connecting' && us > 0)
            this.connectionsOpened++;
    }
    /** The phase's histogram; null when nothing was timed. */
    histogramOf(phase) {
        this.flush();
        return this.histograms?.[_timing_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMING_PHASES */ .q.indexOf(phase)] ?? null;
    }
    /** The results.json block; undefined when no request was timed (a source that gives no phases). */
    toTimings() {
        this.flush();
        const h = this.histograms;
        if (this.count === 0 || h === null)
            return undefined;
        const phases = {};
        const histograms = {};
        _timing_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMING_PHASES */ .q.forEach((phase, i) => {
            phases[phase] = phaseSummary(h[i]);
            histograms[phase] = h[i].encode();
        });
        return { count: this.count, connectionsOpened: this.connectionsOpened, phases, histograms };
    }
    addTo(total) {
        this.flush();
        const h = this.histograms;
        if (h === null)
            return;
        const into = total.histograms ?? total.allocate();
        total.count += this.count;
        total.connectionsOpened += this.connectionsOpened;
        for (let i = 0; i < h.length; i++)
            into[i].add(h[i]);
    }
    /** Adds the pending reused requests' 0 connect and TLS times. */
    flush() {
        const h = this.histograms;
        if (this.pendingReused === 0 || h === null)
            return;
        h[1].recordMicrosTimes(0, this.pendingReused);
        h[2].recordMicrosTimes(0, this.pendingReused);
        this.pendingReused = 0;
    }
    allocate() {
        this.histograms = _timing_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMING_PHASES */ .q.map(() => new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2());
        return this.histograms;
    }
}


/***/ }),

/***/ 40177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ TIMING_PHASES),
/* harmony export */   y: () => (/* binding */ PHASE_METRICS)
/* harmony export */ });
/** The phases of one request, in the order they happen (k6's `http_req_<phase>` without the prefix). */
const TIMING_PHASES = [
    'blocked',
    'connecting',
    'tlsHandshaking',
    'sending',
    'waiting',
    'receiving',
];
/** k6's metric name of each phase. */
const PHASE_METRICS = {
    blocked: 'http_req_blocked',
    connecting: 'http_req_connecting',
    tlsHandshaking: 'http_req_tls_handshaking',
    sending: 'http_req_sending',
    waiting: 'http_req_waiting',
    receiving: 'http_req_receiving',
};


/***/ }),

/***/ 58011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ MAX_VIOLATION_ROWS),
/* harmony export */   Q: () => (/* binding */ TrafficRecorder)
/* harmony export */ });
/* harmony import */ var _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62016);
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
    setupHistogram = new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2();
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


/***/ }),

/***/ 61748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ protocolOf)
/* harmony export */ });
/** The protocol a run spoke, from the connections it opened on each. */
function protocolOf(connections) {
    const h2 = connections.h2 > 0;
    const h1 = connections['http/1.1'] > 0;
    return h2 && h1 ? 'mixed' : h2 ? 'h2' : h1 ? 'http/1.1' : 'none';
}


/***/ }),

/***/ 74555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ comparisonReasons),
/* harmony export */   W2: () => (/* binding */ regressionsOf),
/* harmony export */   dy: () => (/* binding */ judgeRecord)
/* harmony export */ });
/* unused harmony export withComparisonReasons */
/* harmony import */ var _compare_relative_judge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23230);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54178);
/* harmony import */ var _server_metric_measure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17967);
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
        if (judge.canarySize >= _compare_relative_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_INTERVALS */ ._) {
            return `the baseline holds only ${judge.baselineSize} s of data, and the judge needs at least ${_compare_relative_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_INTERVALS */ ._} s on each side`;
        }
        const more = _compare_relative_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_INTERVALS */ ._ - judge.canarySize;
        return `a run at least ${more} s longer is needed (the judge needs at least ${_compare_relative_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_INTERVALS */ ._} s of data on each side)`;
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
        .filter((r) => r.threshold.relative && r.status === 'inconclusive' && !(0,_server_metric_measure_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadSeries */ .tD)(r))
        .map((r) => `"${r.threshold.source}" (${scopeLabel(r)}): the comparison with the baseline is inconclusive; ${runLengthAdvice(r)}`);
}
/** The evaluation with the comparison's reasons added; the verdict decision calls it once. */
function withComparisonReasons(evaluation) {
    const reasons = comparisonReasons(evaluation.results);
    if (reasons.length === 0)
        return evaluation;
    return { ...evaluation, reasons: [...(evaluation.reasons ?? []), ...reasons] };
}
function signed(text, v) {
    return v > 0 ? `+${text}` : text;
}
function percentText(v) {
    const percent = v * 100;
    return signed(Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1), percent);
}
function differenceText(v) {
    return signed(String(Number(v.toPrecision(3))), v);
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
    const unit = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .thresholdValueUnit */ .LM)(r.threshold);
    return unit === 'ms' ? ' ms' : unit === 'per_second' ? ' req/s' : '';
}


/***/ }),

/***/ 19412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S$: () => (/* binding */ evaluateThresholds)
});

// UNUSED EXPORTS: bandNote, compare, judge, judgeLowerBound, nearlyEqual, verdictOf

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(32960);
// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
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
            histogram = latency_histogram/* LatencyHistogram */.t2.decode(point.histogram);
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

// EXTERNAL MODULE: ./src/metrics/tag-set.ts
var tag_set = __webpack_require__(11700);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 2 modules
var metric_catalog = __webpack_require__(54178);
// EXTERNAL MODULE: ./src/slo/scenario-scope.ts
var scenario_scope = __webpack_require__(14113);
;// CONCATENATED MODULE: ./src/slo/summary-figures.ts
/** The value from the summary; undefined when the usual reading of the stats applies (counts the summary gave). */
function measureFromSummary(threshold, metric, stats, label) {
    const summary = stats.summary;
    if (summary === undefined)
        return undefined;
    if (metric.kind === 'trend') {
        const key = statisticKey(threshold);
        const statistics = metric.summaryStatistics ? (metric.summaryStatistics(stats) ?? {}) : summary.latency;
        const value = lookup(statistics, key);
        if (value !== undefined)
            return { value };
        const listed = Object.keys(statistics);
        return {
            note: `the k6 summary gives no ${key} of ${metric.summaryStatistics ? `${metric.name} for ` : ''}${label} (it lists ${listed.length > 0 ? listed.join(', ') : 'no latency statistic'}); ` +
                "add it to k6's summaryTrendStats, or give the samples of k6 run --out json",
        };
    }
    if (!summary.counted && (metric.name === 'http_reqs' || metric.name === 'http_req_failed')) {
        return { note: `the k6 summary gives no request count of ${label}, so there is nothing to judge` };
    }
    return undefined;
}
function statisticKey(threshold) {
    return threshold.aggregation === 'p' ? `p(${threshold.percentile ?? '?'})` : threshold.aggregation;
}
/** The statistic by k6's name; `p(95.0)` and `p(95)` are the same, and `med` is `p(50)`. */
function lookup(latency, key) {
    const direct = latency[key];
    if (direct !== undefined && Number.isFinite(direct))
        return direct;
    const wanted = percentileOf(key === 'med' ? 'p(50)' : key);
    if (wanted === undefined)
        return key === 'med' ? undefined : latency[key];
    for (const [name, value] of Object.entries(latency)) {
        const p = name === 'med' ? 50 : percentileOf(name);
        if (p === wanted && Number.isFinite(value))
            return value;
    }
    return undefined;
}
function percentileOf(name) {
    const match = /^p\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(name);
    return match ? Number(match[1]) : undefined;
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
                histogram = encoded === '' ? null : (0,dist/* decodeFromCompressedBase64 */.Vc)(encoded, 32, false);
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
    const tags = (0,tag_set/* canonicalTags */.MV)(threshold.tags);
    if (tags === undefined) {
        return { note: `the tags endpoint and name name different endpoints, so nothing is selected` };
    }
    if (!(0,tag_set/* isEndpointScope */.yi)(tags))
        return selectionScope(tags, m);
    const endpoint = tags.name;
    if (endpoint === undefined)
        return { stats: m.overall, label: 'the run' };
    const stats = m.endpoints.find((e) => e.name === endpoint);
    return stats
        ? { stats, label: `endpoint "${endpoint}"` }
        : { note: `no endpoint named "${endpoint}" was measured, so there is nothing to judge` };
}
/** The per-second points of the threshold's scope (the run, an endpoint or a selection); undefined when none were kept. */
function scopePoints(threshold, m) {
    const tags = (0,tag_set/* canonicalTags */.MV)(threshold.tags);
    if (tags === undefined)
        return undefined;
    if ((0,tag_set/* isEndpointScope */.yi)(tags))
        return intervalPoints(m, tags.name);
    const points = findSelection(m, tags)?.points;
    return points === undefined || points.length === 0 ? undefined : points;
}
/** The `{a:b,…}` text of a tag set, for notes. */
function tagsLabel(tags) {
    return `{${Object.entries(tags)
        .map(([key, value]) => `${key}:${value}`)
        .join(',')}}`;
}
/** A tag selection recorded apart (metrics/tag-selections.ts). */
function selectionScope(tags, m) {
    const selection = findSelection(m, tags);
    if (selection === undefined) {
        return {
            note: `the requests ${tagsLabel(tags)} were not recorded apart in these measurements, so there is nothing to judge`,
        };
    }
    return { stats: selection.stats, label: `the requests ${tagsLabel(tags)}` };
}
/** The run's selection of exactly these tags, if it kept one. */
function findSelection(m, tags) {
    const key = (0,tag_set/* selectionKey */.iA)(tags);
    return m.selections?.find((selection) => (0,tag_set/* selectionKey */.iA)(selection.tags) === key);
}
function measureThreshold(threshold, m, histograms) {
    if (threshold.tags.scenario !== undefined) {
        const scoped = (0,scenario_scope/* scenarioScope */.J)(threshold, m);
        return 'note' in scoped ? scoped : measureThreshold(scoped.threshold, scoped.run, histograms);
    }
    const metric = (0,metric_catalog/* findMetric */.GF)(threshold.metric);
    if (!metric)
        return { note: `the metric ${threshold.metric} is not recorded, so there is nothing to judge` };
    if (!metric.aggregations.includes(threshold.aggregation)) {
        return { note: `${threshold.metric} has no aggregation "${threshold.aggregation}"` };
    }
    if (metric.measureRun) {
        const value = metric.measureRun(m, threshold.tags, threshold.aggregation, threshold.percentile);
        return typeof value === 'number' ? { value } : value;
    }
    const scope = scopeOf(threshold, m);
    if ('note' in scope)
        return scope;
    const { stats, label } = scope;
    const fromSummary = measureFromSummary(threshold, metric, stats, label);
    if (fromSummary !== undefined)
        return fromSummary;
    if (stats.requests === 0)
        return { note: `no requests completed for ${label}, so there is nothing to judge` };
    if (metric.summaryStatistics !== undefined && stats.timings === undefined) {
        return {
            note: `no request of ${label} was timed phase by phase, so ${metric.name} has nothing to judge`,
        };
    }
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
        histogramPercentileMs(encoded, percentile) {
            const histogram = histograms.get(encoded);
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

// EXTERNAL MODULE: ./src/slo/units.ts
var units = __webpack_require__(57791);
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
    const unit = (0,metric_catalog/* thresholdValueUnit */.LM)(threshold);
    const low = (0,units/* formatQuantity */.VZ)(unit, limit);
    const high = (0,units/* formatQuantity */.VZ)(unit, marginalLimit);
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

// EXTERNAL MODULE: ./src/compare/relative-judge.ts + 12 modules
var relative_judge = __webpack_require__(23230);
// EXTERNAL MODULE: ./src/slo/baseline-comparison.ts
var baseline_comparison = __webpack_require__(74555);
// EXTERNAL MODULE: ./src/slo/server-metric-measure.ts
var server_metric_measure = __webpack_require__(17967);
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
        const status = measured.undecided ? 'inconclusive' : 'fail';
        return { threshold, actual: null, status, note: measured.note, comparison: EMPTY_COMPARISON };
    }
    const actual = measured.value;
    const { baseline } = judging;
    if (baseline === undefined || 'missing' in baseline) {
        return noBaseline(threshold, actual, judging, baseline === undefined ? NO_BASELINE : baseline.missing);
    }
    const reference = measureThreshold(threshold, baseline.measurements, histograms);
    if ('note' in reference && reference.undecided) {
        const note = `in the baseline, ${reference.note}`;
        return { threshold, actual, status: 'inconclusive', note, comparison: EMPTY_COMPARISON };
    }
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
        : (0,relative_judge/* judgeRelativeThreshold */.R)({
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
        judge: judgement ? (0,baseline_comparison/* judgeRecord */.dy)(judgement) : null,
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
    const metric = (0,metric_catalog/* findMetric */.GF)(threshold.metric);
    if (metric?.kind === 'series') {
        return (0,server_metric_measure/* serverComparisonData */.PC)(threshold.metric, threshold.aggregation, canary, baseline);
    }
    if (metric?.name === 'http_req_failed') {
        const sides = [scopeOf(threshold, canary), scopeOf(threshold, baseline)];
        const [c, b] = sides.map((scope) => 'note' in scope ? undefined : { events: scope.stats.failed, trials: scope.stats.requests });
        return c && b ? { kind: 'proportion', canary: c, baseline: b } : undefined;
    }
    const canaryPoints = scopePoints(threshold, canary);
    const baselinePoints = scopePoints(threshold, baseline);
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
    return { ms: 'ms', ratio: '', count: '', per_second: 'req/s', bytes: 'B', bytes_per_second: 'B/s' }[(0,metric_catalog/* thresholdValueUnit */.LM)(threshold)];
}
/** One line: the two values and the bound, then the judge's reading and why the status is what it is. */
function relativeNote(threshold, actual, c, status, judgement, pointOnly) {
    const unit = (0,metric_catalog/* thresholdValueUnit */.LM)(threshold);
    const f = (v) => (0,units/* formatQuantity */.VZ)(unit, v);
    const change = c.change === null ? '' : ` (${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)} %)`;
    const parts = [
        `canary ${f(actual)} against the baseline's ${f(c.baseline)}${change}, limit ${f(c.limit)}`,
    ];
    const band = bandNote(threshold, c.pointStatus, c.limit, c.marginalLimit ?? undefined);
    if (band)
        parts.push(band);
    if (judgement)
        parts.push(`per ${judgementUnit(threshold, judgement)}: ${judgement.explanation}`);
    else if (pointOnly && judgedKinds(threshold))
        parts.push('judged on the values alone: a run holds no per-second data');
    if (judgement && status === 'inconclusive' && judgement.status === 'pass') {
        parts.push(`its seconds are unchanged but the run's value is beyond the limit: a burst of slow seconds, not judged a pass`);
    }
    return parts.join('; ');
}
/** What one value of the judge's samples is: a request, a second, or a server metric's sample. */
function judgementUnit(threshold, judgement) {
    if (judgement.method === 'two-proportion score')
        return 'request';
    return (0,metric_catalog/* findMetric */.GF)(threshold.metric)?.kind === 'series' ? 'sample' : 'second';
}
/** Whether the metric has a distribution to judge when the per-second data are there. */
function judgedKinds(threshold) {
    const metric = (0,metric_catalog/* findMetric */.GF)(threshold.metric);
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
        if ('note' in measured) {
            const status = measured.undecided ? 'inconclusive' : 'fail';
            return { threshold, actual: null, status, note: measured.note };
        }
        const status = measured.atLeast
            ? judgeLowerBound(measured.value, threshold)
            : judge(measured.value, threshold);
        const note = status === 'inconclusive'
            ? `only a lower bound is known (at least ${(0,units/* formatQuantity */.VZ)((0,metric_catalog/* thresholdValueUnit */.LM)(threshold), measured.value)}), which cannot decide ${threshold.operator}${(0,units/* formatQuantity */.VZ)((0,metric_catalog/* thresholdValueUnit */.LM)(threshold), threshold.limit)}`
            : bandNote(threshold, status);
        return { threshold, actual: measured.value, status, ...(note ? { note } : {}) };
    });
    const evaluation = { verdict: verdictOf(results), results, reasons: [] };
    if (thresholds.some((threshold) => threshold.relative))
        evaluation.baseline = baselineUse(judging);
    return evaluation;
}


/***/ }),

/***/ 54178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uw: () => (/* binding */ METRIC_NAMES),
  GF: () => (/* binding */ findMetric),
  LM: () => (/* binding */ thresholdValueUnit),
  cR: () => (/* binding */ valueUnit)
});

// UNUSED EXPORTS: KIND_AGGREGATIONS, METRIC_CATALOG, aggregationLabel

// EXTERNAL MODULE: ./src/slo/request-tags.ts
var request_tags = __webpack_require__(32903);
// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
// EXTERNAL MODULE: ./src/metrics/timing-measurements.ts
var timing_measurements = __webpack_require__(40177);
;// CONCATENATED MODULE: ./src/slo/metric-catalog-timing.ts
/**
 * The catalogue entries of k6's request timing breakdown (http_req_blocked …
 * http_req_receiving: trends, selected by the same tags as http_req_duration) and of its execution
 * metrics (iterations, iteration_duration, vus, vus_max, dropped_iterations: the whole
 * run, as k6 tags them by scenario and group only). metric-catalog.ts adds them to
 * the table; the types here are the parts of its definitions these entries fill.
 */



const PHASE_WORDS = {
    blocked: 'time waiting for a free connection before the request could start (k6: http_req_blocked)',
    connecting: 'time opening the TCP connection, DNS lookup included (0 when the request reused one)',
    tlsHandshaking: 'time of the TLS handshake (0 when the request reused its connection, and on plain HTTP)',
    sending: 'time writing the request',
    waiting: 'time to first byte: from the request written to the first byte of the response',
    receiving: 'time reading the response body, from its first byte to its last',
};
/** A trend's statistic from its summary and histogram. */
function trendValue(summary, percentileOf, aggregation, percentile) {
    if (summary.count === 0)
        return null;
    switch (aggregation) {
        case 'avg':
            return summary.mean;
        case 'min':
            return summary.min;
        case 'max':
            return summary.max;
        case 'med':
            return percentileOf(50);
        case 'p':
            return percentile === undefined ? null : percentileOf(percentile);
        default:
            return null;
    }
}
function phaseEntry(phase) {
    const name = timing_measurements/* PHASE_METRICS */.y[phase];
    return {
        name,
        kind: 'trend',
        unit: 'ms',
        description: PHASE_WORDS[phase],
        // Every scope's accumulator times its requests, so a phase takes every tag http_req_duration takes.
        tags: request_tags/* REQUEST_TAGS */.WD,
        customTags: true,
        example: `${name}: p(95)<${phase === 'waiting' ? 200 : 50}`,
        measure: (scope, aggregation, percentile) => {
            const timings = scope.stats.timings;
            if (timings === undefined)
                return null;
            const encoded = timings.histograms[phase];
            return trendValue(timings.phases[phase], (p) => scope.histogramPercentileMs(encoded, p), aggregation, percentile);
        },
        summaryStatistics: (stats) => stats.timings?.summary?.[phase],
    };
}
const NOT_RECORDED = {
    note: 'the run has no iteration figures (results written before they were kept), so there is nothing to judge',
};
function iterationDuration(run, aggregation, percentile) {
    const execution = run.execution;
    if (execution === undefined)
        return NOT_RECORDED;
    if (execution.summary !== undefined) {
        const key = aggregation === 'p' ? `p(${percentile})` : aggregation;
        const value = execution.summary[key] ?? (key === 'p(50)' ? execution.summary.med : undefined);
        return value !== undefined && Number.isFinite(value)
            ? value
            : { note: `the k6 summary gives no ${key} of iteration_duration, so there is nothing to judge` };
    }
    let histogram;
    const value = trendValue(execution.iterationDuration, (p) => (histogram ??= latency_histogram/* LatencyHistogram */.t2.decode(execution.iterationHistogram)).percentileMs(p), aggregation, percentile);
    return value ?? { note: 'no iteration completed, so there is nothing to judge' };
}
/** A count of the whole run and its rate per second of the run. */
function runCounter(read) {
    return (run, _tags, aggregation) => {
        const count = read(run);
        if (count === undefined)
            return NOT_RECORDED;
        if (aggregation === 'count')
            return count;
        return run.durationMs > 0 ? count / (run.durationMs / 1000) : { note: 'the run has no duration' };
    };
}
function runGauge(read) {
    return (run) => read(run) ?? NOT_RECORDED;
}
const TIMING_METRIC_ENTRIES = [
    ...timing_measurements/* TIMING_PHASES */.q.map(phaseEntry),
    {
        name: 'iterations',
        kind: 'counter',
        unit: 'count',
        description: "passes of a user's journey completed (count) and per second (rate); one request each with a plain mix",
        tags: [],
        example: 'iterations: count>1000',
        measure: () => null,
        measureRun: runCounter((run) => run.execution?.iterations),
    },
    {
        name: 'iteration_duration',
        kind: 'trend',
        unit: 'ms',
        description: "time of one pass of a user's journey, from its first request's start to its last one's end",
        tags: [],
        example: 'iteration_duration: p(95)<500',
        measure: () => null,
        measureRun: (run, _tags, aggregation, percentile) => iterationDuration(run, aggregation, percentile),
    },
    {
        name: 'dropped_iterations',
        kind: 'counter',
        unit: 'count',
        description: 'open model: iterations never started (the dropped_requests count; 0 in the closed model)',
        tags: [],
        example: 'dropped_iterations: count==0',
        measure: () => null,
        measureRun: runCounter((run) => run.execution?.droppedIterations ?? run.arrival?.dropped),
    },
    {
        name: 'vus',
        kind: 'gauge',
        unit: 'count',
        description: "VUs active at the last whole second of the load (k6's last once-a-second sample)",
        tags: [],
        example: 'vus: value>=10',
        measure: () => null,
        measureRun: runGauge((run) => run.execution?.vus),
    },
    {
        name: 'vus_max',
        kind: 'gauge',
        unit: 'count',
        description: 'VUs allocated: the most active at once (closed model), the connections opened (open model)',
        tags: [],
        example: 'vus_max: value>=10',
        measure: () => null,
        measureRun: runGauge((run) => run.execution?.vusMax ?? run.maxVusReached),
    },
];

// EXTERNAL MODULE: ./src/slo/server-metric-measure.ts
var server_metric_measure = __webpack_require__(17967);
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
    series: ['avg', 'med', 'min', 'max', 'p', 'last'],
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
/** A metric read from request stats, which any tag selection of requests has (slo/request-tags.ts). */
const REQUEST_METRIC = { tags: request_tags/* REQUEST_TAGS */.WD, customTags: true };
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
    // Every metric a scenario's own measurements hold takes {scenario:NAME} (slo/scenario-scope.ts);
    // the target's server metrics and a preset's own figure are the run's only.
    const scoped = entry.kind !== 'series' && entry.scenario === undefined;
    const tags = scoped && !entry.tags.includes('scenario') ? [...entry.tags, 'scenario'] : entry.tags;
    return { ...entry, tags, aggregations: KIND_AGGREGATIONS[entry.kind] };
}
/** The known metrics, by name. */
const METRIC_CATALOG = new Map([
    metric_catalog_define({
        name: 'http_req_duration',
        kind: 'trend',
        unit: 'ms',
        description: 'time from sending a request to the end of its response',
        ...REQUEST_METRIC,
        example: 'http_req_duration: p(95)<250',
        measure: trendOfLatency,
    }),
    metric_catalog_define({
        name: 'http_req_failed',
        kind: 'rate',
        unit: 'ratio',
        description: 'share of requests that failed (error or unexpected status)',
        ...REQUEST_METRIC,
        example: 'http_req_failed: rate<0.01',
        measure: ({ stats }, aggregation) => aggregation === 'rate' && stats.requests > 0 ? stats.failed / stats.requests : null,
    }),
    metric_catalog_define({
        name: 'http_reqs',
        kind: 'counter',
        unit: 'count',
        description: 'completed requests (count) and requests per second (rate)',
        ...REQUEST_METRIC,
        example: 'http_reqs: rate>100',
        measure: counter((stats) => stats.requests, ({ stats }) => stats.rps),
    }),
    metric_catalog_define({
        name: 'data_received',
        kind: 'counter',
        unit: 'bytes',
        description: 'bytes received (count) and bytes per second (rate)',
        ...REQUEST_METRIC,
        example: 'data_received: count>1MB',
        measure: counter((stats) => stats.bytesReceived),
    }),
    metric_catalog_define({
        name: 'data_sent',
        kind: 'counter',
        unit: 'bytes',
        description: 'bytes sent (count) and bytes per second (rate)',
        ...REQUEST_METRIC,
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
    // The request timing breakdown and the execution metrics (metric-catalog-timing.ts).
    ...TIMING_METRIC_ENTRIES.map(metric_catalog_define),
].map((metric) => [metric.name, metric]));
/**
 * `server_<key>`: a series from the metrics store (see server-metric-measure.ts). Its
 * values are in the unit `server-metrics:` gives the key, so limits are bare numbers.
 */
function serverMetric(name) {
    const key = (0,server_metric_measure/* serverMetricKey */.n3)(name);
    if (key === undefined)
        return undefined;
    return metric_catalog_define({
        name,
        kind: 'series',
        unit: 'count',
        description: `server metric ${key} (server-metrics: in the config file), one sample per step`,
        tags: [],
        example: `${name}: max<0.7`,
        measure: () => null,
        measureRun: (run, _tags, aggregation, percentile) => (0,server_metric_measure/* measureServerMetric */.ie)(run, key, aggregation, percentile),
    });
}
function findMetric(name) {
    return METRIC_CATALOG.get(name) ?? serverMetric(name);
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


/***/ }),

/***/ 18887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qg: () => (/* binding */ boundNumber),
/* harmony export */   bk: () => (/* binding */ parseRelativeLimit),
/* harmony export */   lJ: () => (/* binding */ writeRelativeLimit),
/* harmony export */   me: () => (/* binding */ checkBaselineOnLeft),
/* harmony export */   n3: () => (/* binding */ isRelative)
/* harmony export */ });
/* unused harmony exports RELATIVE_EXAMPLE, parseRelativeBound */
/* harmony import */ var _threshold_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20800);
/* harmony import */ var _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6119);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57791);



const RELATIVE_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.10"';
const BAND_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.05 marginal baseline * 1.15"';
/** Whether a limit is written against the baseline. */
function isRelative(text) {
    return /^baseline\b/i.test(text.trim());
}
/** `baseline` written before the operator, e.g. `baseline * 1.1 > p(95)`. */
function checkBaselineOnLeft(aggregationText) {
    if (/\bbaseline\b/i.test(aggregationText)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`"baseline" goes right of the operator: the canary's statistic comes first; expected e.g. ${RELATIVE_EXAMPLE}`);
    }
}
/** Reads `baseline * k` or `baseline + d` (d in the value's unit, as an absolute limit is written). */
function parseRelativeBound(text, unit, what, options = {}) {
    const match = /^baseline\b\s*(.*)$/is.exec(text.trim());
    const rest = (match?.[1] ?? '').trim();
    if (rest === '') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${what} "baseline" needs a factor or an allowance; expected e.g. "baseline * 1.10" (10 % above the baseline) or "baseline + 20ms"`);
    }
    const sign = rest[0];
    const operand = rest.slice(1).trim();
    if (sign === '*' || sign === '×')
        return { form: 'ratio', factor: readFactor(operand, what) };
    if (sign === '+') {
        const delta = (0,_threshold_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLimit */ .Fv)(operand, unit, `the allowance of ${what}`, `"baseline + ${sampleDelta(unit)}"`, options);
        return { form: 'difference', delta };
    }
    if (sign === '-') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(text.trim())} subtracts from the baseline, which is not supported; to ask for a canary below the baseline write a factor, e.g. "baseline * 0.9"`);
    }
    if (sign === '/') {
        const divisor = new RegExp(`^${_units_js__WEBPACK_IMPORTED_MODULE_2__/* .NUMBER_SOURCE */ .OK}$`).test(operand) ? Number(operand) : Number.NaN;
        const suggestion = divisor > 0 ? `"baseline * ${Number((1 / divisor).toPrecision(6))}"` : '"baseline * 0.9"';
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(text.trim())} divides the baseline, which is not supported; write a factor, e.g. ${suggestion}`);
    }
    return (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(text.trim())} is not a baseline bound; expected "baseline * k" or "baseline + d", e.g. "baseline * 1.10" or "baseline + ${sampleDelta(unit)}"`);
}
function readFactor(operand, what) {
    if (!new RegExp(`^${_units_js__WEBPACK_IMPORTED_MODULE_2__/* .NUMBER_SOURCE */ .OK}$`).test(operand)) {
        const unit = /^(?:\d+(?:\.\d*)?|\.\d+)\s*(\S+)$/.exec(operand)?.[1];
        const hint = unit ? `; a factor takes no unit (write "baseline + ${operand}" to allow an amount)` : '';
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the factor of ${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(operand)} is not a number${hint}; expected e.g. "baseline * 1.10"`);
    }
    const factor = Number(operand);
    if (!(factor > 0) || !Number.isFinite(factor)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the factor of ${what} must be above 0, got ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(operand)}; expected e.g. "baseline * 1.10"`);
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
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${operator} cannot compare with the baseline: two measured values are never exactly equal; expected <, <=, > or >=, e.g. ${RELATIVE_EXAMPLE}`);
    }
    if (!isRelative(limitText)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the limit ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(limitText)} is absolute and its marginal band relative; write both against the baseline, e.g. ${BAND_EXAMPLE}`);
    }
    const tolerance = parseRelativeBound(limitText, unit, 'the limit', options);
    if (marginalText === undefined)
        return { tolerance };
    if (!isRelative(marginalText)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the marginal band ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(marginalText)} is absolute and the limit relative; write both against the baseline, e.g. ${BAND_EXAMPLE}`);
    }
    const marginal = parseRelativeBound(marginalText, unit, 'the marginal band', options);
    if (marginal.form !== tolerance.form) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the marginal band ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(marginalText)} has another form than the limit ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__.q)(limitText)}; ` +
            `write both with "*" or both with "+", e.g. ${BAND_EXAMPLE}`);
    }
    const upper = operator === '<' || operator === '<=';
    const [k, m] = [boundNumber(tolerance), boundNumber(marginal)];
    if (upper ? m <= k : m >= k) {
        const write = (v) => tolerance.form === 'ratio'
            ? `baseline * ${v}`
            : `baseline + ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatQuantity */ .VZ)(unit, v).replace(' ', '')}`;
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`the marginal band ${write(m)} must lie ${upper ? 'above' : 'below'} the limit ${write(k)}, on the failing side of ${operator}; ` +
            `expected e.g. ${upper ? BAND_EXAMPLE : '"http_reqs: rate > baseline * 0.9 marginal baseline * 0.8"'}`);
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


/***/ }),

/***/ 32903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ UNRECORDED_SYSTEM_TAGS),
/* harmony export */   Gz: () => (/* binding */ checkTagValue),
/* harmony export */   Ne: () => (/* binding */ takesCustomTags),
/* harmony export */   WD: () => (/* binding */ REQUEST_TAGS),
/* harmony export */   _8: () => (/* binding */ checkTagKey)
/* harmony export */ });
/* unused harmony exports TAG_METHODS, tagValueProblem */
/* harmony import */ var _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6119);
/**
 * The tags a request metric takes (k6's system tags for HTTP requests, loadgate's
 * `endpoint` alias of `name`, and custom tags declared in the config) and the form of
 * their values, checked before any load: a status of three digits, `true` or `false`,
 * an HTTP method in capitals, one of k6's error codes. Which custom tags exist is
 * known only with the config's endpoints (and scenarios), so a key that is neither a
 * system tag nor refused here is checked there (config/threshold-tag-settings.ts).
 */

/** The system tags every request metric takes (k6's, with `endpoint` as loadgate's name for `name`). */
const REQUEST_TAGS = [
    'endpoint',
    'name',
    'status',
    'method',
    'url',
    'scenario',
    'group',
    'expected_response',
    'error_code',
];
/** k6's system tags that loadgate does not record, with why (refused rather than judged on nothing). */
const UNRECORDED_SYSTEM_TAGS = {
    proto: 'the protocol is the same for every request of a run (see the transport section)',
    subproto: 'loadgate sends no WebSocket requests',
    tls_version: 'the TLS version is the same for every request of a run (see the transport section)',
    error: "k6's error text is not kept (use error_code)",
    service: 'loadgate sends no gRPC requests',
    check: 'checks are their own metric (checks{check:NAME})',
    iter: 'per-iteration tags are not indexed (as in k6)',
    vu: 'per-VU tags are not indexed (as in k6)',
    ip: 'the remote address is not kept',
    ocsp_status: 'OCSP stapling is not read',
};
/** HTTP methods a `method` tag may name (in capitals, as k6 writes them). */
const TAG_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'];
/** Whether the metric takes custom tags (a key it does not list is then checked with the config). */
function takesCustomTags(metric) {
    return metric.customTags === true;
}
/** Fails on a key the metric cannot take; a possible custom tag passes (checked with the config). */
function checkTagKey(key, metric, example) {
    if (metric.tags.includes(key))
        return;
    const unrecorded = UNRECORDED_SYSTEM_TAGS[key];
    if (unrecorded !== undefined && takesCustomTags(metric)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`the tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(key)} is not recorded: ${unrecorded}; ${metric.name} takes ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(metric.tags)}, ${example}`);
    }
    // Perhaps a custom tag: the config knows which exist. One a letter or two from a system tag is a typo.
    const close = (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(key, metric.tags);
    if (takesCustomTags(metric) && close === undefined)
        return;
    const takes = metric.tags.length === 0 ? `${metric.name} takes no tags` : `${metric.name} takes ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(metric.tags)}`;
    const custom = takesCustomTags(metric) ? ', or a custom tag declared in tags:' : '';
    (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`unknown tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(key)}${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(close)}; ${takes}${custom}, ${example}`);
}
/** Why a system tag's value cannot select anything, or undefined when it can. */
function tagValueProblem(key, value) {
    switch (key) {
        case 'status':
            return /^(?:[1-5]\d\d|0)$/.test(value)
                ? undefined
                : `the status ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(value)} is not an HTTP status; expected three digits from 100 to 599 (or 0, a request that got no response), e.g. {status:503}`;
        case 'expected_response':
            return value === 'true' || value === 'false'
                ? undefined
                : `expected_response is true or false, got ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(value)}${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)((0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(value, ['true', 'false']))}; e.g. {expected_response:true}`;
        case 'method':
            return TAG_METHODS.includes(value)
                ? undefined
                : `the method ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(value)} is not an HTTP method${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(TAG_METHODS.find((m) => m === value.toUpperCase()) ?? (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(value, TAG_METHODS))}; expected one of ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(TAG_METHODS)}, in capitals, e.g. {method:POST}`;
        case 'error_code':
            return /^1\d{3}$/.test(value)
                ? undefined
                : `the error code ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(value)} is not one of k6's; expected four digits from 1000 to 1999 (1050 request timeout, 1212 connection refused, 1000 + the status for 4xx and 5xx such as 1503), e.g. {error_code:1212}`;
        case 'url':
            return /^https?:\/\/\S+$/.test(value)
                ? undefined
                : `the url ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(value)} is not a URL; expected the full URL as sent, e.g. {url:"https://canary.example.com/api/items/7"}`;
        default:
            return undefined;
    }
}
/** Fails on a system tag's value that cannot select anything. */
function checkTagValue(key, value) {
    const problem = tagValueProblem(key, value);
    if (problem !== undefined)
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(problem);
}


/***/ }),

/***/ 14113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ scenarioScope),
/* harmony export */   P: () => (/* binding */ DEFAULT_SCENARIO_NAME)
/* harmony export */ });
/** The scenario name of a run without `scenarios:` (k6's). */
const DEFAULT_SCENARIO_NAME = 'default';
/** The measurements and the remaining tags a threshold is judged on. */
function scenarioScope(threshold, run) {
    const name = threshold.tags.scenario;
    if (name === undefined)
        return { threshold, run };
    const { scenario: _named, ...tags } = threshold.tags;
    const rest = { ...threshold, tags };
    if (run.scenarios === undefined) {
        return name === DEFAULT_SCENARIO_NAME
            ? { threshold: rest, run }
            : {
                note: `no scenario named "${name}" was measured (the run is the one scenario "default"), so there is nothing to judge`,
            };
    }
    const found = run.scenarios.find((scenario) => scenario.name === name);
    return found
        ? { threshold: rest, run: found.measurements }
        : { note: `no scenario named "${name}" was measured, so there is nothing to judge` };
}


/***/ }),

/***/ 17967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ serverComparisonData),
/* harmony export */   dv: () => (/* binding */ SERVER_METRIC_KEY),
/* harmony export */   eg: () => (/* binding */ SERVER_METRIC_PREFIX),
/* harmony export */   ie: () => (/* binding */ measureServerMetric),
/* harmony export */   n3: () => (/* binding */ serverMetricKey),
/* harmony export */   tD: () => (/* binding */ unreadSeries),
/* harmony export */   zu: () => (/* binding */ aggregateSamples)
/* harmony export */ });
/* unused harmony exports isServerMetric, serverSeries */
const SERVER_METRIC_PREFIX = 'server_';
/** What a key of `server-metrics:` may look like: the rest of a metric name. */
const SERVER_METRIC_KEY = /^[a-z][a-z0-9_]*$/;
/** The `server-metrics:` key a metric name stands for, or undefined when it is not `server_<key>`. */
function serverMetricKey(name) {
    if (!name.startsWith(SERVER_METRIC_PREFIX))
        return undefined;
    const key = name.slice(SERVER_METRIC_PREFIX.length);
    return SERVER_METRIC_KEY.test(key) ? key : undefined;
}
function isServerMetric(name) {
    return serverMetricKey(name) !== undefined;
}
function undecided(note) {
    return { note, undecided: true };
}
/** The series of `key` in a run, or why there is none. */
function serverSeries(run, key) {
    const metrics = run.serverMetrics;
    if (metrics === undefined) {
        return undecided(`no server metrics were read for this run, so ${SERVER_METRIC_PREFIX}${key} has no data`);
    }
    const series = metrics.metrics.find((entry) => entry.name === key);
    if (series === undefined)
        return undecided(`server metric ${key} was not queried in this run`);
    if (series.missing !== undefined)
        return undecided(`no data from ${metrics.source}: ${series.missing}`);
    if (series.samples.length === 0)
        return undecided(`no data from ${metrics.source}: no samples`);
    return series;
}
/** The nearest-rank percentile of sorted values (0 < p ≤ 100), as for any list of samples. */
function percentileOf(sorted, percentile) {
    const rank = Math.ceil((percentile / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** An aggregation over a list of values in time order; null for one a series does not take. */
function aggregateSamples(values, aggregation, percentile) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    switch (aggregation) {
        case 'avg':
            return values.reduce((sum, value) => sum + value, 0) / values.length;
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[sorted.length - 1];
        case 'med':
            return percentileOf(sorted, 50);
        case 'p':
            return percentile === undefined ? null : percentileOf(sorted, percentile);
        case 'last':
            return values[values.length - 1];
        default:
            return null;
    }
}
/** The value of a threshold on `server_<key>` over a run, or why there is none. */
function measureServerMetric(run, key, aggregation, percentile) {
    const series = serverSeries(run, key);
    if ('note' in series)
        return series;
    const value = aggregateSamples(series.samples.map((sample) => sample.value), aggregation, percentile);
    return value === null || !Number.isFinite(value)
        ? undecided(`${SERVER_METRIC_PREFIX}${key} has no ${aggregation} value`)
        : value;
}
/**
 * The two samples the baseline judge compares for a relative threshold on a server
 * metric: each side's values, one per step. `last` is one value, judged on the point
 * alone (undefined), as is a side without a series.
 */
function serverComparisonData(metric, aggregation, canary, baseline) {
    const key = serverMetricKey(metric);
    if (key === undefined || aggregation === 'last')
        return undefined;
    const [c, b] = [serverSeries(canary, key), serverSeries(baseline, key)];
    if ('note' in c || 'note' in b)
        return undefined;
    return {
        kind: 'rate',
        canary: c.samples.map((sample) => sample.value),
        baseline: b.samples.map((sample) => sample.value),
        intervalSeconds: canary.serverMetrics?.stepSeconds ?? 1,
    };
}
/**
 * A threshold on a server metric left undecided because a series could not be read:
 * the canary's, or (for a relative one) the baseline's.
 */
function unreadSeries(result) {
    if (!isServerMetric(result.threshold.metric) || result.status !== 'inconclusive')
        return false;
    return (result.actual === null || (result.threshold.relative !== undefined && result.comparison?.baseline == null));
}


/***/ }),

/***/ 33563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nx: () => (/* binding */ splitTagList),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* harmony import */ var _syntax_go_float_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8182);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54178);
/* harmony import */ var _request_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32903);
/* harmony import */ var _relative_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18887);
/* harmony import */ var _threshold_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20800);
/* harmony import */ var _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6119);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57791);
/**
 * The k6 form's parts after the metric name: its tags (`{endpoint:GET /api/trades}`)
 * and its condition (aggregation, operator, limit, optional marginal band).
 */







const OPERATORS = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, ==, === or !=';
const SIMPLE_AGGREGATIONS = [
    'avg',
    'med',
    'min',
    'max',
    'rate',
    'count',
    'value',
    'last',
];
const AGGREGATION_SYNONYMS = {
    mean: 'avg',
    average: 'avg',
    median: 'med',
    minimum: 'min',
    maximum: 'max',
    total: 'count',
};
function percentileProblem(written) {
    return `the percentile ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(written)} is out of range; expected p(N) with N from 0 to 100, e.g. p(95) or p(99.9)`;
}
const aggregationNames = (metric) => metric.aggregations.map((a) => (a === 'p' ? 'p(N)' : a));
/** Go's strings.TrimSpace: the blanks of Unicode's White_Space property. */
const GO_BLANKS = String.raw `[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]`;
const GO_TRIM = new RegExp(`^${GO_BLANKS}+|${GO_BLANKS}+$`, 'g');
/** k6's `strings.Trim(strings.TrimSpace(s), "\"'")`: blanks, then every quote at either end. */
const k6Trim = (text) => text.replace(GO_TRIM, '').replace(/^["']+|["']+$/g, '');
/**
 * The lexical split of a tag list (the text between the braces), as k6 does it
 * (metrics/metric.go ParseMetricName and AddSubmetric): split at every comma; each
 * part needs a ":" with something after it; key and value are trimmed of blanks, then
 * of quotes (`name:"login"`, `'a'`). A key given twice with the same value counts once.
 *
 * Kept from loadgate, on lists k6 refuses only (so no k6 list reads differently): a part
 * without ":" is the rest of the previous value, so an endpoint name may hold commas
 * (`{endpoint:GET /a,b}`). Refused where k6 takes it: a key given twice with different
 * values (k6 keeps the last one silently).
 */
function splitTagList(tagText, example) {
    if (tagText.replace(GO_TRIM, '') === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the braces are empty; expected key:value inside, ${example}`);
    const pieces = [];
    for (const part of tagText.split(',')) {
        const previous = pieces.length - 1;
        if (!part.includes(':') && previous >= 0 && part.replace(GO_TRIM, '') !== '') {
            pieces[previous] = `${pieces[previous] ?? ''},${part}`;
        }
        else {
            pieces.push(part);
        }
    }
    const pairs = [];
    for (const piece of pieces) {
        if (piece.replace(GO_TRIM, '') === '')
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`an empty tag between commas in ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(tagText)}; expected key:value, ${example}`);
        const colon = piece.indexOf(':');
        if (colon < 0)
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(piece.replace(GO_TRIM, ''))} has no ":"; expected key:value, ${example}`);
        const key = k6Trim(piece.slice(0, colon));
        const written = piece.slice(colon + 1);
        if (written === '')
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(key)} has no value; expected key:value, ${example}`);
        const value = k6Trim(written);
        const earlier = pairs.find((pair) => pair.key === key);
        if (earlier === undefined)
            pairs.push({ key, value });
        else if (earlier.value !== value) {
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(key)} is given twice, as ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(earlier.value)} and ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(value)}; ` +
                `expected each tag once (a request has one ${key}; write two thresholds for two values), ${example}`);
        }
    }
    return pairs;
}
/** The tag list checked against the metric: keys it takes, a value for each. */
function parseTags(tagText, metric) {
    const tags = {};
    if (tagText === undefined)
        return tags;
    const example = `e.g. "${metric.name}{endpoint:GET /api/trades}: ${metric.example.split(': ')[1] ?? ''}"`;
    if (tagText.replace(GO_TRIM, '') === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the braces after ${metric.name} are empty; expected key:value inside, ${example}`);
    for (const { key, value } of splitTagList(tagText, example)) {
        (0,_request_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTagKey */ ._8)(key, metric, example);
        if (value === '')
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the tag ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(key)} has no value; expected key:value, ${example}`);
        (0,_request_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTagValue */ .Gz)(key, value);
        tags[key] = value;
    }
    return tags;
}
/**
 * k6's aggregation tokens, exactly: no blanks inside (`p( 95 )` and `p (95)` are
 * refused, as k6 refuses them), `p(N)` with N a number as Go reads it (`p(99.9)`,
 * `p(1e1)`) from 0 to 100; `p(0)` is the minimum, as in k6.
 */
function parseAggregation(text, metric) {
    const takes = `${metric.name} takes ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(aggregationNames(metric))}, e.g. ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(metric.example)}`;
    if (/\s/.test(text)) {
        const joined = text.replace(/\s+/g, '');
        const fits = /^p\(.*\)$/.test(joined) || SIMPLE_AGGREGATIONS.includes(joined);
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(text)} has blanks inside${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(fits ? joined : undefined)}; ` +
            `k6 allows blanks around the operator only, e.g. ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(metric.example)}`);
    }
    let choice;
    const percentile = /^p\((.*)\)$/s.exec(text);
    if (percentile) {
        const value = (0,_syntax_go_float_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGoFloat */ .E)(percentile[1] ?? '') ??
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(text)} is not a percentile; expected p(N) with N a number from 0 to 100, e.g. p(95) or p(99.9)`);
        if (!(value >= 0 && value <= 100))
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(percentileProblem(text));
        choice = { aggregation: 'p', percentile: value === 0 ? 0 : value };
    }
    else if (SIMPLE_AGGREGATIONS.includes(text)) {
        choice = { aggregation: text };
    }
    else {
        const bare = /^p(\d+(?:\.\d+)?)$/i.exec(text);
        const suggestion = bare
            ? `p(${bare[1]})`
            : (AGGREGATION_SYNONYMS[text.toLowerCase()] ??
                (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .nearest */ .pA)(text, [...metric.aggregations.filter((a) => a !== 'p'), ...SIMPLE_AGGREGATIONS]));
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`unknown aggregation ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(text)}${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(suggestion)}; ${takes}`);
    }
    const chosen = choice;
    if (!metric.aggregations.includes(chosen.aggregation)) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(text)} does not apply to ${metric.name}, a ${metric.kind} metric; ${takes}`);
    }
    return chosen;
}
/** k6's operators; `===` is k6's other spelling of `==` (a float equals or not). */
function readOperator(text) {
    const written = /^[<>=!]+/.exec(text)?.[0] ?? '';
    if (written === '===')
        return { operator: '==', length: 3 };
    const known = OPERATORS.find((operator) => written === operator);
    if (known)
        return { operator: known, length: written.length };
    const hint = {
        '=': '==',
        '=<': '<=',
        '=>': '>=',
        '<>': '!=',
        '!==': '!=',
    };
    const suggestion = hint[written];
    return (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(written)} is not a comparison operator${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(suggestion)}; expected one of ${OPERATOR_LIST}, ` +
        `e.g. "http_req_duration: p(95)<=250"`);
}
function parseCondition(condition, metric) {
    const example = (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(metric.example);
    if (condition === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the condition after ":" is missing; expected e.g. ${example}`);
    const at = condition.search(/[<>=!]/);
    if (at < 0) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`no comparison operator in ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(condition)}; expected one of ${OPERATOR_LIST}, e.g. ${example}`);
    }
    const aggregationText = condition.slice(0, at).trim();
    if (aggregationText === '') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`the aggregation is missing before ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(condition.slice(at))}; ` +
            `${metric.name} takes ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(aggregationNames(metric))}, e.g. ${example}`);
    }
    (0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBaselineOnLeft */ .me)(aggregationText);
    const choice = parseAggregation(aggregationText, metric);
    const { operator, length } = readOperator(condition.slice(at));
    const unit = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .valueUnit */ .cR)(metric, choice.aggregation);
    const written = `${metric.name}: ${aggregationText.replace(/\s+/g, '')}${operator}`;
    const rest = condition.slice(at + length).trim();
    if (rest === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .fJ)(`no limit after ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(operator)}; expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .unitHint */ .UU)(unit)}, e.g. ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(written + _units_js__WEBPACK_IMPORTED_MODULE_5__/* .SAMPLE_LIMITS */ .Up[unit])}`);
    const band = (0,_threshold_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .splitBand */ .ch)(rest, _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .BAND_EXAMPLE */ .Np);
    if ((0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isRelative */ .n3)(band.limit) || (band.marginal !== undefined && (0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isRelative */ .n3)(band.marginal))) {
        const relative = (0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRelativeLimit */ .bk)(operator, band.limit, band.marginal, unit);
        return {
            ...choice,
            operator,
            limit: (0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .boundNumber */ .Qg)(relative.tolerance),
            ...(relative.marginal ? { marginalLimit: (0,_relative_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .boundNumber */ .Qg)(relative.marginal) } : {}),
            relative,
        };
    }
    const negativeOk = { negativeOk: metric.kind === 'series' };
    const limit = (0,_threshold_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLimit */ .Fv)(band.limit, unit, 'the limit', (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__.q)(written + _units_js__WEBPACK_IMPORTED_MODULE_5__/* .SAMPLE_LIMITS */ .Up[unit]), negativeOk);
    const result = { ...choice, operator, limit };
    if (band.marginal !== undefined) {
        result.marginalLimit = (0,_threshold_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLimit */ .Fv)(band.marginal, unit, 'the marginal limit', _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .BAND_EXAMPLE */ .Np, negativeOk);
        (0,_threshold_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBand */ .Oq)(operator, limit, result.marginalLimit, unit);
    }
    return result;
}


/***/ }),

/***/ 20800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ parseLimit),
/* harmony export */   Oq: () => (/* binding */ checkBand),
/* harmony export */   ch: () => (/* binding */ splitBand)
/* harmony export */ });
/* harmony import */ var _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6119);
/* harmony import */ var _syntax_go_float_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8182);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57791);



/** Splits `250ms marginal 300ms`; `marginal` is a word of its own. */
function splitBand(text, example) {
    const match = /^(.*?)(?:\s+|^)marginal\b(.*)$/is.exec(text);
    if (!match)
        return { limit: text.trim() };
    const limit = (match[1] ?? '').trim();
    const marginal = (match[2] ?? '').trim();
    if (limit === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`no limit before "marginal"; expected the limit first, e.g. ${example}`);
    if (marginal === '')
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`"marginal" needs a limit after it; expected e.g. ${example}`);
    return { limit, marginal };
}
/**
 * `250`, `1e3`, `0x1p4` (k6's numbers, Go's ParseFloat), or loadgate's number with a
 * unit, glued or after a blank (`250ms`, `250 ms`). A text k6 reads as a number is
 * always read as that number, so units never change what a k6 limit means.
 */
function splitLimit(text) {
    const [first = '', ...others] = text.trim().split(/\s+/);
    const goFloat = (0,_syntax_go_float_js__WEBPACK_IMPORTED_MODULE_2__/* .readGoFloat */ .j)(first);
    // A number k6 takes, or one Go reads but finds too large (said so later, not read as a unit).
    if ('value' in goFloat || goFloat.problem === 'range') {
        const [next, ...more] = others;
        if (next !== undefined && /^[^\d.+\-_]/.test(next))
            return { number: first, written: next, rest: more.join(' ') };
        return { number: first, written: '', rest: others.join(' ') };
    }
    // A unit has no digits: `0x10` and `1__0` are numbers Go refuses, not 0 and 1 with a unit.
    const glued = /^(\S*[\d.])([A-Za-z\u00B5\u03BC%/][^\s\d]*)$/.exec(first);
    if (glued && 'value' in (0,_syntax_go_float_js__WEBPACK_IMPORTED_MODULE_2__/* .readGoFloat */ .j)(glued[1] ?? '')) {
        return { number: glued[1] ?? '', written: glued[2] ?? '', rest: others.join(' ') };
    }
    return undefined;
}
function parseLimit(text, unit, what, example, options = {}) {
    const split = splitLimit(text);
    if (!split) {
        const hex = /^[+-]?0[xX]/.test(text.trim())
            ? ' (Go, as k6, reads hex only with a p exponent: 0x10p0)'
            : '';
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(text)} is not a number${hex}; expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .unitHint */ .UU)(unit)}, e.g. ${example}`);
    }
    const { number, written, rest } = split;
    if (rest !== '') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`unexpected ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .BAND_EXAMPLE */ .Np}`);
    }
    const reading = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .readLimit */ .i2)(number, written, unit, options.bareFactor);
    if (!reading.ok) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`in ${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(text)}, ${reading.problem}; expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .unitHint */ .UU)(unit)}, e.g. ${example}`);
    }
    const value = reading.value;
    if (value < 0 && !options.negativeOk) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${what} ${number}${written} is below 0, which this value never is (k6 would take it, and the ` +
            `threshold could never fail or never pass); expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .unitHint */ .UU)(unit)}, e.g. ${example}`);
    }
    if (unit === 'ratio' && value > 1) {
        if (options.bareIsPercent || written === '%') {
            (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${what} ${number}${written || '%'} is above 100 %; expected a percentage from 0 to 100, e.g. ${example}`);
        }
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${what} ${number} is above 1, and a rate is a fraction from 0 to 1; ` +
            `write ${number}% for a percentage or a fraction such as ${Number((value / 100).toPrecision(6))}`);
    }
    return value;
}
function checkBand(operator, limit, marginal, unit) {
    if (operator === '==' || operator === '!=') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`a marginal band needs <, <=, > or >=, not ${operator}: ${operator} has no side to fail on; e.g. ${_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .BAND_EXAMPLE */ .Np}`);
    }
    const upper = operator === '<' || operator === '<=';
    if (upper ? marginal > limit : marginal < limit)
        return;
    const side = upper ? 'above' : 'below';
    const example = upper ? _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .BAND_EXAMPLE */ .Np : '"http_reqs: rate>100 marginal 80"';
    (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`the marginal limit ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatQuantity */ .VZ)(unit, marginal)} must lie ${side} the limit ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatQuantity */ .VZ)(unit, limit)}, ` +
        `on the failing side of ${operator}; ` +
        `expected e.g. ${example}`);
}


/***/ }),

/***/ 47967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* reexport */ threshold_syntax/* ThresholdSyntaxError */.Vt),
  B7: () => (/* binding */ parseThreshold)
});

// UNUSED EXPORTS: SHORT_FORM_NAMES

// EXTERNAL MODULE: ./src/syntax/k6-duration.ts
var k6_duration = __webpack_require__(53247);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 2 modules
var metric_catalog = __webpack_require__(54178);
// EXTERNAL MODULE: ./src/slo/threshold-condition.ts
var threshold_condition = __webpack_require__(33563);
// EXTERNAL MODULE: ./src/slo/relative-limits.ts
var relative_limits = __webpack_require__(18887);
// EXTERNAL MODULE: ./src/slo/threshold-limits.ts
var threshold_limits = __webpack_require__(20800);
// EXTERNAL MODULE: ./src/slo/threshold-syntax.ts
var threshold_syntax = __webpack_require__(6119);
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
        // p0 is the minimum, as k6's p(0).
        if (!(value >= 0 && value <= 100)) {
            (0,threshold_syntax/* fail */.fJ)(`the percentile ${(0,threshold_syntax.q)(name)} is out of range; expected pN with N from 0 to 100, e.g. p95 or p99.9`);
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
    const metric = (0,metric_catalog/* findMetric */.GF)(form.metric);
    if (condition === '')
        (0,threshold_syntax/* fail */.fJ)(`the limit after ":" is missing; expected e.g. ${form.example}`);
    if (/^[<>=!]/.test(condition)) {
        (0,threshold_syntax/* fail */.fJ)(`a short form takes only the limit, not an operator (${name} passes ${form.operator === '<' ? 'below' : 'at or above'} it); expected e.g. ${form.example}, or the full form for other comparisons, e.g. "http_req_duration: p(95)<=250"`);
    }
    const unit = (0,metric_catalog/* valueUnit */.cR)(metric, form.aggregation);
    const band = (0,threshold_limits/* splitBand */.ch)(condition, `${form.example.slice(0, -1)} marginal …"`);
    const options = { bareFactor: form.bareFactor, bareIsPercent: form.bareFactor !== 1 };
    const relative = (0,relative_limits/* isRelative */.n3)(band.limit) || (band.marginal !== undefined && (0,relative_limits/* isRelative */.n3)(band.marginal))
        ? (0,relative_limits/* parseRelativeLimit */.bk)(form.operator, band.limit, band.marginal, unit, options)
        : undefined;
    const limit = relative
        ? (0,relative_limits/* boundNumber */.Qg)(relative.tolerance)
        : (0,threshold_limits/* parseLimit */.Fv)(band.limit, unit, 'the limit', form.example, options);
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
            threshold.marginalLimit = (0,relative_limits/* boundNumber */.Qg)(relative.marginal);
    }
    else if (band.marginal !== undefined) {
        threshold.marginalLimit = (0,threshold_limits/* parseLimit */.Fv)(band.marginal, unit, 'the marginal limit', form.example, options);
        (0,threshold_limits/* checkBand */.Oq)(form.operator, limit, threshold.marginalLimit, unit);
    }
    if (tagText !== undefined) {
        const full = `${metric.name}{${tagText.trim()}}: ${writeCondition(threshold, unit)}`;
        (0,threshold_syntax/* fail */.fJ)(`a short form takes no tags; expected the full form, e.g. ${(0,threshold_syntax.q)(full)}`);
    }
    return threshold;
}
/** A parsed condition written back in the full form, e.g. `rate<0.5%` for `error_rate: 0.5`. */
function writeCondition(threshold, unit) {
    const write = (value) => unit === 'ratio' ? `${Number((value * 100).toPrecision(12))}%` : String(value);
    const aggregation = threshold.aggregation === 'p' ? `p(${threshold.percentile})` : threshold.aggregation;
    if (threshold.relative)
        return `${aggregation} ${threshold.operator} ${(0,relative_limits/* writeRelativeLimit */.lJ)(threshold.relative, unit)}`;
    const band = threshold.marginalLimit === undefined ? '' : ` marginal ${write(threshold.marginalLimit)}`;
    return `${aggregation}${threshold.operator}${write(threshold.limit)}${band}`;
}

;// CONCATENATED MODULE: ./src/slo/threshold-parser.ts
/**
 * Threshold expressions: k6's grammar, to the letter (grafana/k6 metrics/thresholds_parser.go,
 * metrics/metric.go), plus loadgate's extensions and the short forms of the seeds'
 * performance_config.yml. Every text k6 takes means the same here; the extensions are
 * texts k6 refuses. docs/k6-compatibility.md lists each difference.
 *
 *   threshold      ::= ( k6-threshold | short-threshold ) { abort-option }
 *
 *   k6-threshold   ::= metric [ "{" tag-list "}" ] blanks ":" blanks condition
 *   metric         ::= a name in metric-catalog.ts, e.g. http_req_duration   ; no blank before "{"
 *   tag-list       ::= tag { "," tag }             ; split at every comma, as k6 does
 *   tag            ::= tag-key ":" tag-value       ; each trimmed of blanks, then of quotes (" and ');
 *                                                  ; the value runs to the comma, colons included
 *                                                  ; (url:http://x:8080), braces too; keys come from
 *                                                  ; the metric's catalogue entry, each key once
 *                                                  ; [loadgate: a part without ":" continues the value
 *                                                  ;  before it, so {endpoint:GET /a,b} is one tag]
 *   condition      ::= aggregation blanks operator blanks limit [ band ]
 *                    | aggregation blanks relative-op blanks relative-limit [ relative-band ]
 *   aggregation    ::= "avg" | "med" | "min" | "max" | "p(" float ")"   ; trends, 0 <= float <= 100, no blanks
 *                    | "rate"                                           ; rate metrics: share of true values
 *                    | "count" | "rate"                                 ; counters: total, per second
 *                    | "value"                                          ; gauges
 *   operator       ::= "<" | "<=" | ">" | ">=" | "==" | "===" | "!="    ; "===" is "=="
 *   limit          ::= float                                            ; k6: in the metric's own unit
 *                    | float [ blanks ] unit                             ; loadgate
 *   float          ::= a number as Go's strconv.ParseFloat reads it: 250, 1e3, .5, 5., +5, 1_000,
 *                      0x1p4 (see syntax/go-float.ts); not NaN or infinite, not below 0
 *   blanks         ::= { " " | tab | any Unicode blank }
 *
 *   band           ::= "marginal" limit             ; loadgate: on the failing side of the limit; not with == or !=
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
 *                    | "delayAbortEval=" k6-duration  ; k6: no abort before this much of the run; needs abortOnFail
 *   k6-duration    ::= as k6 reads delayAbortEval: a number of ms (10000), a Go duration (10s, 1m30s,
 *                      1.5h, 500ms), whole days first (1d12h); see syntax/k6-duration.ts
 *
 *   unit           ::= "us" | "µs" | "ms" | "s" | "m"               ; durations, to ms (bare: ms)
 *                    | "%"                                           ; rates, to a fraction (bare: a fraction 0..1)
 *                    | "/s" | "rps" | "req/s"                        ; request rates
 *                    | "B" | "kB" | "MB" | "GB" | "KiB" | "MiB" | "GiB" [ "/s" ]   ; data_* counters
 *
 * k6 writes the metric as the key of its `thresholds` mapping and the condition as the
 * text; the config file's mapping does the same, and its object form
 * `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: '10s'}` reads its options
 * as k6 does (ThresholdSource.k6Options). An empty list (`http_req_duration: []`) is no
 * threshold, as in k6.
 *
 * A relative threshold (`p(95) < baseline * 1.10`) is judged against the baseline's
 * measurements after the run (relative-limits.ts parses it, relative-thresholds.ts
 * judges it). `baseline - d` and `baseline / k` are refused (write `baseline * 0.9`),
 * and so is abortOnFail on it: there is no baseline value to hold it to during the run.
 *
 * A condition states what passes: `p(95)<250` passes while p95 stays under 250 ms. With
 * `marginal 700`, a value from the limit up to 700 is marginal and only beyond 700
 * fails; for `>` and `>=` the band lies below the limit (`rate>100 marginal 80`).
 *
 * Error messages say what is wrong and show the form expected; they never name where
 * the text came from, which the caller adds.
 *
 * This module splits the text and reads the abort options; the parts are parsed beside
 * it: threshold-condition.ts (the tag list, aggregation, operator), threshold-limits.ts
 * (limits, units, the marginal band), threshold-short-form.ts; threshold-syntax.ts holds
 * the error and the wording of hints.
 */







// ---------------------------------------------------------------------------
// Splitting the text
const TAGS_EXAMPLE = '"http_req_duration{endpoint:GET /api/trades}: p(95)<250"';
/**
 * Where the metric (with its tags) ends: k6's tag list runs from the first "{" to the
 * last "}" (metric.go ParseMetricName), so values may hold braces and colons. Here that
 * is the last "}" followed by ":"; without tags, the first ":". -1 when there is none.
 */
function headEnd(text) {
    const open = text.indexOf('{');
    const colon = text.indexOf(':');
    if (open < 0 || (colon >= 0 && colon < open))
        return colon;
    for (let i = text.length - 1; i > open; i--) {
        if (text[i] === '}' && /^\s*:/.test(text.slice(i + 1)))
            return text.indexOf(':', i);
    }
    const close = text.lastIndexOf('}');
    if (close < open)
        (0,threshold_syntax/* fail */.fJ)(`the tags are not closed: "{" without "}"; expected e.g. ${TAGS_EXAMPLE}`);
    if (!text.includes(':', close))
        return -1;
    return (0,threshold_syntax/* fail */.fJ)(`unexpected ${(0,threshold_syntax.q)(text.slice(close + 1).trim())} after the "}" that closes the tags; ` +
        `expected ":" and the condition right after it, e.g. ${TAGS_EXAMPLE}`);
}
function missingColon(text) {
    if (/^[<>=!]/.test(text) || /^(?:p\s*\([^)]*\)|avg|med|min|max|rate|count)\s*[<>=!]/.test(text)) {
        (0,threshold_syntax/* fail */.fJ)(`the metric is missing; expected "metric: condition", e.g. "http_req_duration: ${text}"`);
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
    return (0,threshold_syntax/* fail */.fJ)(`no ":" after the metric${(0,threshold_syntax/* didYouMean */.au)(suggestion)}; expected "metric: condition", e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
}
function notAName(name) {
    return (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(name)} is not a metric name; expected a name such as http_req_duration, with tags in braces if any, ` +
        `e.g. ${TAGS_EXAMPLE}`);
}
/** `metric` or `metric{tags}`; k6 takes no blank before "{" (it would be part of the name). */
function splitHead(head) {
    if (head === '')
        (0,threshold_syntax/* fail */.fJ)(`the metric is missing before ":"; expected "metric: condition", e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
    const open = head.indexOf('{');
    if (open < 0)
        return /^[^\s{}:]+$/.test(head) ? { name: head } : notAName(head);
    const name = head.slice(0, open);
    if (/^[^\s{}:]+\s+$/.test(name)) {
        const joined = `${name.trimEnd()}${head.slice(open)}`;
        (0,threshold_syntax/* fail */.fJ)(`a blank between the metric and its tags${(0,threshold_syntax/* didYouMean */.au)(joined)}; k6 reads ${(0,threshold_syntax.q)(name)} as the metric's name, ` +
            `so the tags must follow it directly, e.g. ${TAGS_EXAMPLE}`);
    }
    if (!/^[^\s{}:]+$/.test(name) || !head.endsWith('}'))
        return notAName(head);
    return { name, tagText: head.slice(open + 1, -1) };
}
function unknownMetric(name) {
    const suggestion = (0,threshold_syntax/* nearest */.pA)(name, [...metric_catalog/* METRIC_NAMES */.Uw, ...SHORT_FORM_NAMES]);
    return (0,threshold_syntax/* fail */.fJ)(`unknown metric ${(0,threshold_syntax.q)(name)}${(0,threshold_syntax/* didYouMean */.au)(suggestion)}; expected one of ${(0,threshold_syntax/* listOf */.c3)(metric_catalog/* METRIC_NAMES */.Uw)}, ` +
        `or a short form (${SHORT_FORM_NAMES.join(', ')}), e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
}
const ABORT_EXAMPLE = '"http_req_failed: rate<0.05 abortOnFail delayAbortEval=10s"';
/** A delayAbortEval value as k6 reads it; undefined for k6's null (no delay). */
function delayOf(value, written) {
    const reading = (0,k6_duration/* readK6Duration */.y)(value);
    if (!reading.ok) {
        (0,threshold_syntax/* fail */.fJ)(`delayAbortEval${written} is not a delay: ${reading.problem}; expected ${k6_duration/* K6_DURATION_EXPECTED */.Q}`);
    }
    return reading.ms ?? undefined;
}
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
                (0,threshold_syntax/* fail */.fJ)(`abortOnFail takes no value; expected e.g. ${ABORT_EXAMPLE}`);
            options.abortOnFail = true;
        }
        else if (name === 'delayAbortEval') {
            if (!value)
                (0,threshold_syntax/* fail */.fJ)(`delayAbortEval needs a duration; expected e.g. ${ABORT_EXAMPLE}`);
            const ms = delayOf(value, `=${value}`);
            if (ms !== undefined)
                options.delayAbortEvalMs = ms;
        }
        else {
            (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(name)} is written abortOnFail or delayAbortEval (case matters); expected e.g. ${ABORT_EXAMPLE}`);
        }
        rest = rest.slice(0, rest.length - whole.length);
    }
    if (options.delayAbortEvalMs !== undefined && !options.abortOnFail) {
        (0,threshold_syntax/* fail */.fJ)(`delayAbortEval only delays abortOnFail; add abortOnFail, e.g. ${ABORT_EXAMPLE}`);
    }
    return { rest, options };
}
/**
 * The object form's options, read as k6 reads them: delayAbortEval a number of ms, a
 * duration string or null; without abortOnFail it does nothing, as in k6.
 */
function objectOptions(k6, inline) {
    const options = { ...inline };
    if (k6.abortOnFail)
        options.abortOnFail = true;
    if (k6.delayAbortEval === undefined)
        return options;
    const ms = delayOf(k6.delayAbortEval, `: ${JSON.stringify(k6.delayAbortEval) ?? String(k6.delayAbortEval)}`);
    if (inline.delayAbortEvalMs !== undefined && ms !== undefined) {
        (0,threshold_syntax/* fail */.fJ)(`delayAbortEval is given twice, in the text and beside it; expected it once, e.g. ${ABORT_EXAMPLE}`);
    }
    if (ms !== undefined && options.abortOnFail)
        options.delayAbortEvalMs = ms;
    return options;
}
/** The object form's options written after the text, for reports: `p(95)<250 abortOnFail delayAbortEval=10s`. */
function shownSource(text, options, k6) {
    if (k6 === undefined)
        return text;
    const added = [
        ...(k6.abortOnFail && !/\babortOnFail\b/.test(text) ? ['abortOnFail'] : []),
        ...(options.delayAbortEvalMs !== undefined && !/\bdelayAbortEval\b/.test(text)
            ? [
                `delayAbortEval=${typeof k6.delayAbortEval === 'string' ? k6.delayAbortEval : String(options.delayAbortEvalMs)}`,
            ]
            : []),
    ];
    return [text, ...added].join(' ');
}
/**
 * Parses one threshold (see the grammar above). Throws `ThresholdSyntaxError` saying
 * what is wrong and the form expected.
 */
function parseThreshold(source) {
    const text = source.text.trim();
    const split = splitAbortOptions(text);
    const options = source.k6Options ? objectOptions(source.k6Options, split.options) : split.options;
    const parsed = parseThresholdBody(source, split.rest);
    if (options.abortOnFail && parsed.relative) {
        (0,threshold_syntax/* fail */.fJ)('abortOnFail cannot stop the load on a relative threshold: it is compared with the baseline after the run; ' +
            'drop abortOnFail, or add an absolute threshold that aborts, e.g. ' +
            ABORT_EXAMPLE);
    }
    parsed.source = shownSource(text, options, source.k6Options);
    return { ...parsed, ...options };
}
function parseThresholdBody(source, body) {
    const text = body.trim();
    if (text === '')
        (0,threshold_syntax/* fail */.fJ)(`the threshold is empty; expected "metric: condition", e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
    const colon = headEnd(text);
    if (colon < 0)
        missingColon(text);
    const { name, tagText } = splitHead(text.slice(0, colon).trim());
    const condition = text.slice(colon + 1).trim();
    const origin = { source: text, origin: source.origin };
    const short = shortForm(name);
    if (short)
        return { ...origin, ...parseShortForm(name, short, tagText, condition) };
    const metric = (0,metric_catalog/* findMetric */.GF)(name) ?? unknownMetric(name);
    const tags = (0,threshold_condition/* parseTags */.rL)(tagText, metric);
    return { ...origin, metric: metric.name, tags, ...(0,threshold_condition/* parseCondition */.zB)(condition, metric) };
}


/***/ }),

/***/ 66535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ thresholdSelections)
/* harmony export */ });
/* harmony import */ var _metrics_tag_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11700);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54178);
/* harmony import */ var _request_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32903);
/* harmony import */ var _scenario_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14113);
/**
 * The tag selections a run records: the tag sets its thresholds name on request
 * metrics beyond the whole run and one endpoint, each once (metrics/tag-set.ts gives
 * them one canonical form). Known before the load, so the recorder keeps exactly these
 * and nothing keyed by a tag's value (metrics/tag-selections.ts).
 *
 * With scenarios, each scenario's recorder gets the selections of the thresholds
 * that name it, without the scenario key, and those of the thresholds that name none
 * (the whole run is the exact merge of the scenarios, so each must keep them).
 */




/**
 * The selections the thresholds need for the recorder of `scenario`: thresholds on
 * another scenario are left out, and the scenario key is taken off, since a threshold
 * that names its scenario is judged on that scenario's measurements (scenario-scope.ts).
 * A run without `scenarios:` is the one scenario `default`, as in k6.
 */
function thresholdSelections(thresholds, scenario = _scenario_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SCENARIO_NAME */ .P) {
    const byKey = new Map();
    for (const threshold of thresholds) {
        const metric = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .findMetric */ .GF)(threshold.metric);
        if (metric === undefined || !(0,_request_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .takesCustomTags */ .Ne)(metric) || metric.measureRun)
            continue;
        let tags = { ...threshold.tags };
        if (tags.scenario !== undefined) {
            if (tags.scenario !== scenario)
                continue;
            delete tags.scenario;
        }
        const canonical = (0,_metrics_tag_set_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalTags */ .MV)(tags);
        if (canonical === undefined || (0,_metrics_tag_set_js__WEBPACK_IMPORTED_MODULE_3__/* .isEndpointScope */ .yi)(canonical))
            continue;
        tags = { ...canonical };
        byKey.set((0,_metrics_tag_set_js__WEBPACK_IMPORTED_MODULE_3__/* .selectionKey */ .iA)(tags), tags);
    }
    return [...byKey.values()];
}


/***/ }),

/***/ 6119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ BAND_EXAMPLE),
/* harmony export */   Vt: () => (/* binding */ ThresholdSyntaxError),
/* harmony export */   aP: () => (/* binding */ GENERAL_EXAMPLE),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   q: () => (/* binding */ q)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);
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
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(word.toLowerCase(), [...candidates]);
    const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(word.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}
const didYouMean = (suggestion) => suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`;


/***/ }),

/***/ 57791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ NUMBER_SOURCE),
/* harmony export */   UU: () => (/* binding */ unitHint),
/* harmony export */   Up: () => (/* binding */ SAMPLE_LIMITS),
/* harmony export */   VZ: () => (/* binding */ formatQuantity),
/* harmony export */   i2: () => (/* binding */ readLimit)
/* harmony export */ });
/* harmony import */ var _syntax_go_float_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8182);
/**
 * Units of threshold limits: which units a value may carry for each kind of value,
 * converting to the metric's own unit (ms, a 0..1 ratio, requests or bytes, per
 * second for rates of counters), and a plain way to write values back in messages.
 */

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
 * Reads a number (as k6 reads it, Go's ParseFloat: see syntax/go-float.ts) and the
 * unit written after it into the value's base unit. `bareFactor` is what a number
 * without a unit is worth (1, except for the seeds' percent `error_rate`).
 * A failure says what is wrong in words; the caller adds the form expected.
 */
function readLimit(number, written, unit, bareFactor = 1) {
    const shown = JSON.stringify(`${number}${written}`);
    const reading = (0,_syntax_go_float_js__WEBPACK_IMPORTED_MODULE_0__/* .readGoFloat */ .j)(number);
    if ('problem' in reading) {
        return {
            ok: false,
            problem: reading.problem === 'range' ? `${shown} is too large` : `${shown} is not a number`,
        };
    }
    if (!Number.isFinite(reading.value)) {
        return { ok: false, problem: `${shown} is not a finite number, and a limit must be one` };
    }
    const amount = reading.value === 0 ? 0 : reading.value;
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


/***/ }),

/***/ 8182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseGoFloat),
/* harmony export */   j: () => (/* binding */ readGoFloat)
/* harmony export */ });
/**
 * Numbers as k6 reads them: Go's `strconv.ParseFloat(s, 64)`, which k6 uses for a
 * threshold's limit, a percentile and a bare `delayAbortEval`. Kept to the letter so a
 * k6 text means the same number here:
 *
 *   decimal  ::= [sign] ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [sign] digits ]
 *   hex      ::= [sign] "0" ( "x" | "X" ) ( hexdigits [ "." [ hexdigits ] ] | "." hexdigits )
 *                ( "p" | "P" ) [sign] digits                        ; the p exponent is required
 *   special  ::= [sign] ( "inf" | "infinity" ) | "nan"                ; any case
 *
 * Digits may be grouped by single underscores between digits (`1_000`), as in Go. No
 * blanks anywhere. A value beyond the float64 range is an error, as in Go (ErrRange).
 */
const DECIMAL = /^[+-]?(?:[\d_]+(?:\.[\d_]*)?|\.[\d_]+)(?:[eE][+-]?[\d_]+)?$/;
const HEX = /^([+-]?)0[xX]((?:[\da-fA-F_]+(?:\.[\da-fA-F_]*)?|\.[\da-fA-F_]+))[pP]([+-]?[\d_]+)$/;
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;
/**
 * Go's underscoreOK: an underscore only between two digits, or between a base prefix
 * and a digit.
 */
function underscoresOk(text) {
    let rest = text.replace(/^[+-]/, '');
    let saw = '^';
    let hex = false;
    if (/^0[xXbBoO]/.test(rest)) {
        saw = '0';
        hex = /^0[xX]/.test(rest);
        rest = rest.slice(2);
    }
    for (const char of rest) {
        if (/\d/.test(char) || (hex && /[a-fA-F]/.test(char))) {
            saw = '0';
        }
        else if (char === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
function hexValue(sign, mantissa, exponent) {
    const [whole = '', fraction = ''] = mantissa.split('.');
    const digits = `${whole}${fraction}`;
    if (!/[\da-fA-F]/.test(digits))
        return Number.NaN;
    const bits = Number(exponent) - 4 * fraction.length;
    // The mantissa as an exact integer, rounded once to a float, then scaled by a power of two.
    let value = Number(BigInt(`0x${digits}`));
    // In steps, so a large mantissa with a very negative exponent does not pass through 0.
    for (let left = bits; left !== 0 && value !== 0 && Number.isFinite(value);) {
        const step = Math.max(-1000, Math.min(1000, left));
        value *= 2 ** step;
        left -= step;
    }
    return sign === '-' ? -value : value;
}
/**
 * The number `text` is to Go's ParseFloat: its value, or Go's error (a syntax error,
 * or a value beyond the float64 range). `inf`, `infinity` and `nan` give Infinity and
 * NaN, as in Go: the caller decides whether they make sense.
 */
function readGoFloat(text) {
    const infinity = INFINITY.exec(text);
    if (infinity)
        return { value: infinity[1] === '-' ? -Infinity : Infinity };
    if (/^nan$/i.test(text))
        return { value: Number.NaN };
    if (text.includes('_') && !underscoresOk(text))
        return { problem: 'syntax' };
    const plain = text.replace(/_/g, '');
    let value;
    const hex = HEX.exec(text);
    if (hex) {
        value = hexValue(hex[1] ?? '', (hex[2] ?? '').replace(/_/g, ''), (hex[3] ?? '').replace(/_/g, ''));
    }
    else if (DECIMAL.test(text) && /\d/.test(plain.split(/[eE]/)[0] ?? '')) {
        value = Number(plain);
    }
    else {
        return { problem: 'syntax' };
    }
    if (Number.isNaN(value))
        return { problem: 'syntax' };
    return Number.isFinite(value) ? { value } : { problem: 'range' };
}
/** The value of `text` to Go's ParseFloat, or undefined when Go refuses it. */
function parseGoFloat(text) {
    const reading = readGoFloat(text);
    return 'value' in reading ? reading.value : undefined;
}


/***/ }),

/***/ 88225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   JK: () => (/* binding */ selectFirst),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   Ub: () => (/* binding */ selectAll),
/* harmony export */   Z$: () => (/* binding */ JsonPathSyntaxError)
/* harmony export */ });
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


/***/ }),

/***/ 53247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ K6_DURATION_EXPECTED),
/* harmony export */   y: () => (/* binding */ readK6Duration)
/* harmony export */ });
/* harmony import */ var _go_float_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8182);
/**
 * k6's `delayAbortEval` as k6 reads it (lib/types NullDuration, ParseExtendedDuration):
 *
 *   null            ; no delay
 *   a number        ; milliseconds, e.g. 10000
 *   a string        ; a number (milliseconds, "10000"), Go's time.ParseDuration
 *                   ; ("10s", "1m30s", "1.5h", "500ms", "250us", "1µs", "2ns"; units in any
 *                   ; order, no blanks), or whole days before it ("1d", "1d12h")
 *
 * Differences, because they make no sense for a delay: a negative one (k6 takes "-5s"
 * and aborts at once), and infinity or NaN, are refused.
 */

/** What one Go unit is worth, in nanoseconds. */
const GO_UNITS_NS = {
    ns: 1,
    us: 1e3,
    µs: 1e3, // U+00B5 MICRO SIGN
    μs: 1e3, // U+03BC GREEK SMALL LETTER MU
    ms: 1e6,
    s: 1e9,
    m: 60e9,
    h: 3600e9,
};
/** Go's time.Duration ends at 2^63 - 1 ns (about 292 years). */
const MAX_NS = 2 ** 63;
/** Go's time.ParseDuration, in nanoseconds; a message on failure. */
function parseGoDuration(text) {
    let rest = text;
    let sign = 1;
    if (rest.startsWith('-') || rest.startsWith('+')) {
        sign = rest.startsWith('-') ? -1 : 1;
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0;
    if (rest === '')
        return `${JSON.stringify(text)} is not a duration`;
    let total = 0;
    while (rest !== '') {
        const part = /^(\d*)(?:\.(\d*))?/.exec(rest);
        const whole = part?.[1] ?? '';
        const fraction = part?.[2];
        if (whole === '' && (fraction === undefined || fraction === '')) {
            return `${JSON.stringify(text)} is not a duration`;
        }
        rest = rest.slice(part?.[0].length ?? 0);
        const unit = /^[^\d.]+/.exec(rest)?.[0];
        if (unit === undefined)
            return `${JSON.stringify(text)} has a number without a unit`;
        const factor = GO_UNITS_NS[unit];
        if (factor === undefined)
            return `${JSON.stringify(unit)} in ${JSON.stringify(text)} is not a unit`;
        rest = rest.slice(unit.length);
        total += Number(`${whole || '0'}.${fraction ?? ''}0`) * factor;
        if (total > MAX_NS)
            return `${JSON.stringify(text)} is too long`;
    }
    return sign * total;
}
/** k6's ParseExtendedDuration, in milliseconds; a message on failure. */
function parseExtendedDuration(text) {
    const number = (0,_go_float_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoFloat */ .E)(text);
    if (number !== undefined)
        return number;
    const d = text.indexOf('d');
    if (d < 0) {
        const ns = parseGoDuration(text);
        return typeof ns === 'number' ? ns / 1e6 : ns;
    }
    let hoursNs = 0;
    if (d + 1 < text.length) {
        const after = parseGoDuration(text.slice(d + 1));
        if (typeof after === 'string')
            return after;
        if (after < 0)
            return `${JSON.stringify(text)} has a negative time after its days`;
        hoursNs = after;
    }
    // Go's ParseInt(…, 10, 64): an optional sign and decimal digits, nothing else.
    if (!/^[+-]?\d+$/.test(text.slice(0, d)))
        return `${JSON.stringify(text)} needs whole days before "d"`;
    const days = Number(text.slice(0, d));
    return (days * 86_400e9 + (days < 0 ? -hoursNs : hoursNs)) / 1e6;
}
const K6_DURATION_EXPECTED = 'a duration such as "10s" or "1m30s", a number of milliseconds such as 10000, or null';
/** Reads `delayAbortEval` as k6 does; `ms: null` is no delay (k6's null). */
function readK6Duration(value) {
    if (value === null)
        return { ok: true, ms: null };
    let ms;
    if (typeof value === 'number')
        ms = value;
    else if (typeof value === 'string')
        ms = parseExtendedDuration(value);
    else
        return { ok: false, problem: `${JSON.stringify(value) ?? String(value)} is not a duration` };
    if (typeof ms === 'string')
        return { ok: false, problem: ms };
    if (!Number.isFinite(ms))
        return { ok: false, problem: `${String(value)} is not a finite duration` };
    if (ms < 0)
        return { ok: false, problem: `${String(value)} is negative, and a delay cannot be` };
    return { ok: true, ms };
}


/***/ }),

/***/ 36696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ TemplateSyntaxError),
/* harmony export */   DZ: () => (/* binding */ GENERATOR_NAMES),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   VQ: () => (/* binding */ templateNames),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony exports GENERATORS, lookup */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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
function isNameChar(code) {
    return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}
function isBlank(char) {
    return char === ' ' || char === '\t';
}
function isName(word) {
    if (word.length === 0 || !isLetter(word.charCodeAt(0)))
        return false;
    for (let i = 1; i < word.length; i++)
        if (!isNameChar(word.charCodeAt(i)))
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
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
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


/***/ })

};
