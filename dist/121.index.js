export const id = 121;
export const ids = [121];
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

// EXTERNAL MODULE: ./src/metrics/metrics-recorder.ts + 1 modules
var metrics_recorder = __webpack_require__(31271);
// EXTERNAL MODULE: ./src/engine/http/prepared-target.ts
var prepared_target = __webpack_require__(97066);
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
        recorder: new metrics_recorder/* MetricsRecorder */.k(laneSettings.endpoints, recorderOptions),
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

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
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
/** The connector of one VU's connection; it counts each connection's protocol in `transport.opened`. */
function buildTransportConnector(transport, timeoutMs) {
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
        const done = (error, socket) => {
            if (error === null)
                count(socket);
            callback(error, socket);
        };
        if (transport.proxy === undefined) {
            base(target, done);
            return;
        }
        openTunnel(transport.proxy, target, timeoutMs).then((socket) => {
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

/***/ 43121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ runLoadInThread)
});

// EXTERNAL MODULE: ./src/metrics/metrics-recorder.ts + 1 modules
var metrics_recorder = __webpack_require__(31271);
// EXTERNAL MODULE: ./src/slo/evaluate-thresholds.ts + 5 modules
var evaluate_thresholds = __webpack_require__(19412);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 1 modules
var metric_catalog = __webpack_require__(10903);
// EXTERNAL MODULE: ./src/slo/threshold-parser.ts + 2 modules
var threshold_parser = __webpack_require__(65950);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/http/classify-outcome.ts
var classify_outcome = __webpack_require__(66500);
// EXTERNAL MODULE: ./src/engine/load-share.ts
var load_share = __webpack_require__(70190);
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

// EXTERNAL MODULE: ./src/engine/executors/load-run.ts + 1 modules
var load_run = __webpack_require__(78907);
// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/metrics/error-causes.ts
var error_causes = __webpack_require__(5420);
// EXTERNAL MODULE: ./src/metrics/measurements.ts
var measurements = __webpack_require__(37164);
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
    /** A socket opened by {@link preconnect} and not yet handed to undici. */
    warmSocket = null;
    result;
    baseConnector;
    constructor(target, options) {
        this.target = target;
        this.options = options;
        const baseConnector = (0,transport/* buildTransportConnector */.l1)(target.transport, target.timeoutMs + 1000);
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
    uncorrected = new latency_histogram/* LatencyHistogram */.t2();
    /** The generator's own send delays (see open-model.ts), µs. */
    generatorDelay = new latency_histogram/* LatencyHistogram */.t2();
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
 * - Latency is recorded twice: from the intended send time (corrected for coordinated
 *   omission; it goes into the main histograms, so every threshold uses it) and from
 *   the actual send (uncorrected, kept apart). When the target stalls, the requests
 *   that queued behind it carry the stall in the corrected figure only. The
 *   generator's own lateness (a request due with a connection free, sent later: the
 *   timer's millisecond, a GC pause, a busy loop) is not the target's: it is taken off
 *   the corrected figure and reported apart (`arrival.generatorDelay`); a gap the
 *   generator may still have caused makes the run inconclusive (slo/generator-stall.ts).
 *
 * End of the load and cancellation work as in the closed model: at the end of the
 * schedule requests in flight are awaited; on abort they are cut and not counted.
 *
 * With a live baseline each arrival goes to both targets, each with its own slots,
 * backlog and drops (open-lane.ts, twin-targets.ts).
 */








/** The scheduler's timer period when requests are due often, ms (Node's timer granularity). */
const TICK_MS = 1;
/**
 * Connections opened before the schedule starts: what the peak rate needs if a request
 * holds its connection this long. Enough for a fast target to take a burst of due
 * requests after a pause of the generator without a backlog; a slower one grows the
 * pool from there (pool-growth.ts).
 */
const PREOPEN_HOLD_MS = 10;
/** The longest the start waits for pre-opened connections, ms. */
const PREOPEN_WAIT_MS = 2000;
/** A default cap on requests in flight that lets every request take a second at the peak rate. */
function defaultMaxVus(peakRate) {
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
class OpenModelRun extends load_run/* LoadRun */.CX {
    schedule;
    picker;
    /** With a live baseline: arrival n's endpoint, the same for both lanes; else null (the picker's own source). */
    seeds;
    maxVus;
    /** This run's part of the arrivals: local arrival m is the schedule's arrival globalPosition(share, m). */
    share;
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
        this.seeds = this.lanes.length > 1 ? new twin_targets/* TwinSeeds */.D8(options.random) : null;
        this.share = options.share ?? load_share/* WHOLE_LOAD */.zL;
        // The cap on requests in flight is split like the arrivals, so the parts' caps add up to it.
        this.maxVus = Math.max(1, (0,load_share/* positionsOwned */.qQ)(this.share, settings.maxVus));
        this.openLanes = this.lanes.map((lane, index) => new OpenLane(lane, index, TICK_MS));
        this.sink = options.sink;
    }
    /** When this part's arrival `local` is due, ms since the start (every part computes the same global schedule). */
    timeOf(local) {
        return this.schedule.timeOf((0,load_share/* globalPosition */.N_)(this.share, local));
    }
    /** Milliseconds since the load started. */
    elapsedMs(now = external_node_perf_hooks_.performance.now()) {
        return now - this.startMs;
    }
    /** Opens the connections the peak rate needs on a fast target before the clock starts. */
    prepare() {
        const peak = Math.max(0, ...this.settings.stages.map((stage) => stage.target));
        const count = Math.min(this.maxVus, Math.ceil((peak * PREOPEN_HOLD_MS) / 1000) + 2);
        const opening = [];
        for (const lane of this.openLanes) {
            for (let i = 0; i < count; i++) {
                const slot = new Slot(lane, this.onResultBound, this.onErrorBound);
                lane.slots.push(slot);
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
        const slot = new Slot(lane, this.onResultBound, this.onErrorBound);
        // Free from now: the wait before it was opened is not the generator's delay.
        slot.freeSinceMs = external_node_perf_hooks_.performance.now();
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
        slot.connection.send(lane.lane.target.endpoints[endpoint]);
    }
    /** A slot's request ended. */
    onResult(slot, result) {
        const lane = slot.lane;
        const recorder = lane.lane.recorder;
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
                const correctedUs = (result.endMs - slot.intendedMs - slot.generatorDelayMs) * 1000;
                recorder.record(result.endpoint.index, correctedUs, outcome, result.endMs);
                if (outcome.sent)
                    lane.uncorrected.recordMicros(result.latencyUs);
                lane.generatorDelay.recordMicros(slot.generatorDelayMs * 1000);
                lane.pool.noteHold(result.endMs - slot.sentAtMs);
                if (lane.index === 0) {
                    this.sink?.record(result.endpoint.index, correctedUs, outcome, result.endMs, slot.intendedMs - this.startMs);
                }
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
                    this.sink.drop(this.timeOf(i));
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
        this.recorder = new metrics_recorder/* MetricsRecorder */.k(settings.endpoints, { now: () => this.clock });
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

// EXTERNAL MODULE: ./src/engine/executors/stages.ts
var stages = __webpack_require__(30112);
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
            if (result.synchronous && (0,classify_outcome/* isInvalidArgument */.hP)(result.error)) {
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
    constructor(settings, options) {
        if (settings.endpoints.length === 0)
            throw new Error('runClosedModel: no endpoints');
        if (settings.stages.length === 0)
            throw new Error('runClosedModel: no stages');
        super(settings, options, (0,stages/* totalDurationMs */.$v)(settings.stages));
        this.plannedMs = (0,stages/* totalDurationMs */.$v)(settings.stages);
        this.picker = new EndpointPicker(settings.endpoints.map((endpoint) => endpoint.weight), options.random);
        this.closedLanes = this.lanes.map((lane) => new ClosedLane(lane, options.random));
        this.seeds = this.lanes.length > 1 ? new twin_targets/* TwinSeeds */.D8(options.random) : null;
        this.share = options.share ?? load_share/* WHOLE_LOAD */.zL;
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

;// CONCATENATED MODULE: ./src/engine/run-in-thread.ts




async function runLoadInThread(settings, options = {}) {
    if (settings.scenario === 'breakpoint') {
        // The settings refuse this (config/baseline-url.ts); a staircase stops at the canary's break, so the baseline would have no comparable step.
        if ((0,twin_targets/* liveBaselineUrl */.T5)(settings) !== undefined) {
            throw new Error('the breakpoint scenario does not run with a live baseline');
        }
        return { measurements: await runBreakpoint(settings, options) };
    }
    if (settings.model === 'open')
        return runOpenModelWithBaseline(settings, options);
    return runClosedModelWithBaseline(settings, options);
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
/* harmony import */ var _measurements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37164);
/**
 * One endpoint's counters and latency histogram, as the recorder keeps them while the
 * load runs: typed arrays indexed by status code and error class, so recording a
 * request allocates nothing.
 */


/** Error classes by index, so the hot path can count with a typed array. */
const ERROR_INDEX = Object.fromEntries(_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .ERROR_CLASSES */ .E.map((name, index) => [name, index]));
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
    errorCounts = new Float64Array(_measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .ERROR_CLASSES */ .E.length);
    histogram = new _latency_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencyHistogram */ .t2();
    toStats(durationMs, histogram = this.histogram) {
        const statusCounts = {};
        for (let status = 0; status < STATUS_SLOTS; status++) {
            const count = this.statusCounts[status] ?? 0;
            if (count > 0)
                statusCounts[String(status)] = count;
        }
        const errors = {};
        _measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .ERROR_CLASSES */ .E.forEach((name, index) => (errors[name] = this.errorCounts[index] ?? 0));
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
        for (let i = 0; i < _measurements_js__WEBPACK_IMPORTED_MODULE_1__/* .ERROR_CLASSES */ .E.length; i++)
            total.errorCounts[i] += this.errorCounts[i];
        total.histogram.add(this.histogram);
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

/***/ 31271:
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
        if (status > 0 && status < endpoint_accumulator/* STATUS_SLOTS */.fl)
            acc.statusCounts[status]++;
        if (outcome.ok) {
            acc.succeeded++;
        }
        else {
            acc.failed++;
            this.totalErrors++;
            this.bucketErrors++;
            const errorClass = outcome.errorClass ?? 'other';
            acc.errorCounts[endpoint_accumulator/* ERROR_INDEX */.IC[errorClass]]++;
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
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10903);
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
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 1 modules
var metric_catalog = __webpack_require__(10903);
;// CONCATENATED MODULE: ./src/slo/summary-figures.ts
/** The value from the summary; undefined when the usual reading of the stats applies (counts the summary gave). */
function measureFromSummary(threshold, metric, stats, label) {
    const summary = stats.summary;
    if (summary === undefined)
        return undefined;
    if (metric.kind === 'trend') {
        const key = statisticKey(threshold);
        const value = lookup(summary.latency, key);
        if (value !== undefined)
            return { value };
        const listed = Object.keys(summary.latency);
        return {
            note: `the k6 summary gives no ${key} of ${label} (it lists ${listed.length > 0 ? listed.join(', ') : 'no latency statistic'}); ` +
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
    const endpoint = threshold.tags.endpoint;
    if (metric?.kind === 'series') {
        return (0,server_metric_measure/* serverComparisonData */.PC)(threshold.metric, threshold.aggregation, canary, baseline);
    }
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

/***/ 10903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uw: () => (/* binding */ METRIC_NAMES),
  GF: () => (/* binding */ findMetric),
  LM: () => (/* binding */ thresholdValueUnit),
  cR: () => (/* binding */ valueUnit)
});

// UNUSED EXPORTS: KIND_AGGREGATIONS, METRIC_CATALOG, aggregationLabel

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

/***/ 20800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ parseLimit),
/* harmony export */   Oq: () => (/* binding */ checkBand),
/* harmony export */   ch: () => (/* binding */ splitBand)
/* harmony export */ });
/* harmony import */ var _threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6119);
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
function parseLimit(text, unit, what, example, options = {}) {
    const split = new RegExp(String.raw `^(${_units_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_SOURCE */ .OK})\s*([^\s\d.]\S*)?\s*(.*)$`, 's').exec(text);
    if (!split)
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(text)} is not a number; expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .unitHint */ .UU)(unit)}, e.g. ${example}`);
    const [, number = '', written = '', rest = ''] = split;
    if (rest !== '') {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`unexpected ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .BAND_EXAMPLE */ .Np}`);
    }
    const reading = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .readLimit */ .i2)(`${number}${written}`, unit, options.bareFactor);
    if (!reading.ok) {
        (0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`in ${what} ${(0,_threshold_syntax_js__WEBPACK_IMPORTED_MODULE_0__.q)(text)}, ${reading.problem}; expected ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .unitHint */ .UU)(unit)}, e.g. ${example}`);
    }
    const value = reading.value;
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

/***/ 65950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* reexport */ threshold_syntax/* ThresholdSyntaxError */.Vt),
  B7: () => (/* binding */ parseThreshold)
});

// UNUSED EXPORTS: SHORT_FORM_NAMES

// EXTERNAL MODULE: ./src/syntax/durations.ts
var durations = __webpack_require__(71186);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 1 modules
var metric_catalog = __webpack_require__(10903);
// EXTERNAL MODULE: ./src/slo/relative-limits.ts
var relative_limits = __webpack_require__(18887);
// EXTERNAL MODULE: ./src/slo/threshold-limits.ts
var threshold_limits = __webpack_require__(20800);
// EXTERNAL MODULE: ./src/slo/threshold-syntax.ts
var threshold_syntax = __webpack_require__(6119);
// EXTERNAL MODULE: ./src/slo/units.ts
var units = __webpack_require__(57791);
;// CONCATENATED MODULE: ./src/slo/threshold-condition.ts
/**
 * The k6 form's parts after the metric name: its tags (`{endpoint:GET /api/trades}`)
 * and its condition (aggregation, operator, limit, optional marginal band).
 */





const OPERATORS = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, == or !=';
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
    return `the percentile ${(0,threshold_syntax.q)(written)} is out of range; expected p(N) with N above 0 and at most 100, e.g. p(95) or p(99.9)`;
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
        (0,threshold_syntax/* fail */.fJ)(`the braces after ${metric.name} are empty; expected key:value inside, ${example}`);
    // A comma starts a new tag only before `key:`, so endpoint names may hold commas.
    for (const part of tagText.split(/,(?=\s*[A-Za-z_][\w-]*\s*:)/)) {
        const colon = part.indexOf(':');
        const key = colon < 0 ? part.trim() : part.slice(0, colon).trim();
        const value = colon < 0 ? '' : unquote(part.slice(colon + 1).trim());
        if (colon < 0)
            (0,threshold_syntax/* fail */.fJ)(`the tag ${(0,threshold_syntax.q)(part.trim())} has no ":"; expected key:value, ${example}`);
        if (!metric.tags.includes(key)) {
            const takes = metric.tags.length === 0
                ? `${metric.name} takes no tags`
                : `${metric.name} takes ${(0,threshold_syntax/* listOf */.c3)(metric.tags)}`;
            (0,threshold_syntax/* fail */.fJ)(`unknown tag ${(0,threshold_syntax.q)(key)}${(0,threshold_syntax/* didYouMean */.au)((0,threshold_syntax/* nearest */.pA)(key, metric.tags))}; ${takes}, ${example}`);
        }
        if (value === '')
            (0,threshold_syntax/* fail */.fJ)(`the tag ${(0,threshold_syntax.q)(key)} has no value; expected key:value, ${example}`);
        if (key in tags)
            (0,threshold_syntax/* fail */.fJ)(`the tag ${(0,threshold_syntax.q)(key)} is given twice; expected each tag once, ${example}`);
        tags[key] = value;
    }
    return tags;
}
function parseAggregation(written, metric) {
    const text = written.replace(/\s+/g, '');
    const takes = `${metric.name} takes ${(0,threshold_syntax/* listOf */.c3)(aggregationNames(metric))}, e.g. ${(0,threshold_syntax.q)(metric.example)}`;
    let choice;
    const percentile = /^p\((.*)\)$/.exec(text);
    if (percentile) {
        const inner = percentile[1] ?? '';
        if (!new RegExp(`^${units/* NUMBER_SOURCE */.OK}$`).test(inner)) {
            (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(text)} is not a percentile; expected p(N) with N a number above 0 and at most 100, e.g. p(95) or p(99.9)`);
        }
        const value = Number(inner);
        if (!(value > 0 && value <= 100))
            (0,threshold_syntax/* fail */.fJ)(percentileProblem(text));
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
                (0,threshold_syntax/* nearest */.pA)(text, [...metric.aggregations.filter((a) => a !== 'p'), ...SIMPLE_AGGREGATIONS]));
        (0,threshold_syntax/* fail */.fJ)(`unknown aggregation ${(0,threshold_syntax.q)(text)}${(0,threshold_syntax/* didYouMean */.au)(suggestion)}; ${takes}`);
    }
    const chosen = choice;
    if (!metric.aggregations.includes(chosen.aggregation)) {
        (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(text)} does not apply to ${metric.name}, a ${metric.kind} metric; ${takes}`);
    }
    return chosen;
}
function readOperator(text) {
    const written = /^[<>=!]+/.exec(text)?.[0] ?? '';
    const known = OPERATORS.find((operator) => written === operator);
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
    return (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(written)} is not a comparison operator${(0,threshold_syntax/* didYouMean */.au)(suggestion)}; expected one of ${OPERATOR_LIST}, ` +
        `e.g. "http_req_duration: p(95)<=250"`);
}
function parseCondition(condition, metric) {
    const example = (0,threshold_syntax.q)(metric.example);
    if (condition === '')
        (0,threshold_syntax/* fail */.fJ)(`the condition after ":" is missing; expected e.g. ${example}`);
    const at = condition.search(/[<>=!]/);
    if (at < 0) {
        (0,threshold_syntax/* fail */.fJ)(`no comparison operator in ${(0,threshold_syntax.q)(condition)}; expected one of ${OPERATOR_LIST}, e.g. ${example}`);
    }
    const aggregationText = condition.slice(0, at).trim();
    if (aggregationText === '') {
        (0,threshold_syntax/* fail */.fJ)(`the aggregation is missing before ${(0,threshold_syntax.q)(condition.slice(at))}; ` +
            `${metric.name} takes ${(0,threshold_syntax/* listOf */.c3)(aggregationNames(metric))}, e.g. ${example}`);
    }
    (0,relative_limits/* checkBaselineOnLeft */.me)(aggregationText);
    const choice = parseAggregation(aggregationText, metric);
    const { operator, length } = readOperator(condition.slice(at));
    const unit = (0,metric_catalog/* valueUnit */.cR)(metric, choice.aggregation);
    const written = `${metric.name}: ${aggregationText.replace(/\s+/g, '')}${operator}`;
    const rest = condition.slice(at + length).trim();
    if (rest === '')
        (0,threshold_syntax/* fail */.fJ)(`no limit after ${(0,threshold_syntax.q)(operator)}; expected ${(0,units/* unitHint */.UU)(unit)}, e.g. ${(0,threshold_syntax.q)(written + units/* SAMPLE_LIMITS */.Up[unit])}`);
    const band = (0,threshold_limits/* splitBand */.ch)(rest, threshold_syntax/* BAND_EXAMPLE */.Np);
    if ((0,relative_limits/* isRelative */.n3)(band.limit) || (band.marginal !== undefined && (0,relative_limits/* isRelative */.n3)(band.marginal))) {
        const relative = (0,relative_limits/* parseRelativeLimit */.bk)(operator, band.limit, band.marginal, unit);
        return {
            ...choice,
            operator,
            limit: (0,relative_limits/* boundNumber */.Qg)(relative.tolerance),
            ...(relative.marginal ? { marginalLimit: (0,relative_limits/* boundNumber */.Qg)(relative.marginal) } : {}),
            relative,
        };
    }
    const limit = (0,threshold_limits/* parseLimit */.Fv)(band.limit, unit, 'the limit', (0,threshold_syntax.q)(written + units/* SAMPLE_LIMITS */.Up[unit]));
    const result = { ...choice, operator, limit };
    if (band.marginal !== undefined) {
        result.marginalLimit = (0,threshold_limits/* parseLimit */.Fv)(band.marginal, unit, 'the marginal limit', threshold_syntax/* BAND_EXAMPLE */.Np);
        (0,threshold_limits/* checkBand */.Oq)(operator, limit, result.marginalLimit, unit);
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
            (0,threshold_syntax/* fail */.fJ)(`the percentile ${(0,threshold_syntax.q)(name)} is out of range; expected pN with N above 0 and at most 100, e.g. p95 or p99.9`);
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
        (0,threshold_syntax/* fail */.fJ)(`the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
    }
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
function splitHead(head) {
    const match = /^([^\s{}:]+)\s*(?:\{(.*)\})?$/s.exec(head);
    if (match)
        return { name: match[1] ?? '', ...(match[2] !== undefined ? { tagText: match[2] } : {}) };
    if (head === '')
        (0,threshold_syntax/* fail */.fJ)(`the metric is missing before ":"; expected "metric: condition", e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
    if (head.includes('{') && !head.includes('}')) {
        (0,threshold_syntax/* fail */.fJ)(`the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
    }
    return (0,threshold_syntax/* fail */.fJ)(`${(0,threshold_syntax.q)(head)} is not a metric name; expected a name such as http_req_duration, with tags in braces if any, ` +
        `e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`);
}
function unknownMetric(name) {
    const suggestion = (0,threshold_syntax/* nearest */.pA)(name, [...metric_catalog/* METRIC_NAMES */.Uw, ...SHORT_FORM_NAMES]);
    return (0,threshold_syntax/* fail */.fJ)(`unknown metric ${(0,threshold_syntax.q)(name)}${(0,threshold_syntax/* didYouMean */.au)(suggestion)}; expected one of ${(0,threshold_syntax/* listOf */.c3)(metric_catalog/* METRIC_NAMES */.Uw)}, ` +
        `or a short form (${SHORT_FORM_NAMES.join(', ')}), e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
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
                (0,threshold_syntax/* fail */.fJ)(`abortOnFail takes no value; expected e.g. ${ABORT_EXAMPLE}`);
            options.abortOnFail = true;
        }
        else if (name === 'delayAbortEval') {
            if (!value)
                (0,threshold_syntax/* fail */.fJ)(`delayAbortEval needs a duration; expected e.g. ${ABORT_EXAMPLE}`);
            try {
                options.delayAbortEvalMs = (0,durations/* parseDuration */.E9)(value);
            }
            catch (error) {
                if (!(error instanceof durations/* DurationSyntaxError */.k$))
                    throw error;
                (0,threshold_syntax/* fail */.fJ)(`delayAbortEval=${value} is not a duration; expected e.g. delayAbortEval=10s, as in ${ABORT_EXAMPLE}`);
            }
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
 * Parses one threshold (see the grammar above). Throws `ThresholdSyntaxError` saying
 * what is wrong and the form expected.
 */
function parseThreshold(source) {
    const { rest, options } = splitAbortOptions(source.text.trim());
    const parsed = parseThresholdBody(source, rest);
    if (options.abortOnFail && parsed.relative) {
        (0,threshold_syntax/* fail */.fJ)('abortOnFail cannot stop the load on a relative threshold: it is compared with the baseline after the run; ' +
            'drop abortOnFail, or add an absolute threshold that aborts, e.g. ' +
            ABORT_EXAMPLE);
    }
    parsed.source = source.text.trim();
    return { ...parsed, ...options };
}
function parseThresholdBody(source, body) {
    const text = body.trim();
    if (text === '')
        (0,threshold_syntax/* fail */.fJ)(`the threshold is empty; expected "metric: condition", e.g. ${threshold_syntax/* GENERAL_EXAMPLE */.aP}`);
    const colon = separatorIndex(text);
    if (colon < 0)
        missingColon(text);
    const { name, tagText } = splitHead(text.slice(0, colon).trim());
    const condition = text.slice(colon + 1).trim();
    const origin = { source: text, origin: source.origin };
    const short = shortForm(name);
    if (short)
        return { ...origin, ...parseShortForm(name, short, tagText, condition) };
    const metric = (0,metric_catalog/* findMetric */.GF)(name) ?? unknownMetric(name);
    const tags = parseTags(tagText, metric);
    return { ...origin, metric: metric.name, tags, ...parseCondition(condition, metric) };
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


/***/ }),

/***/ 71186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   k$: () => (/* binding */ DurationSyntaxError),
/* harmony export */   rZ: () => (/* binding */ durationSyntaxMessage)
/* harmony export */ });
/* unused harmony export DURATION_EXPECTED */
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
