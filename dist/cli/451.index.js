export const id = 451;
export const ids = [451];
export const modules = {

/***/ 35451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveLoadWorker: () => (/* binding */ serveLoadWorker)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_in_thread_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27696);
/* harmony import */ var _warm_up_generator_warm_up_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93504);
/* harmony import */ var _worker_messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90191);
/**
 * A load worker: runs its share of the load in this thread, exactly as the main thread
 * runs a whole load with `workers: 1`, and reports to the main thread (worker-pool.ts).
 *
 * CPU is read per thread (`process.threadCpuUsage`): the process's figure would count
 * every worker, and a worker at 100 % of its core is the bottleneck the self-check
 * looks for. The event-loop lag the run monitor reads is already this thread's own.
 */





function serveLoadWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    const start = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    if (port === null || !(0,_worker_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .isWorkerStart */ .v)(start))
        throw new Error('not started as a load worker');
    const post = (message) => port.postMessage(message);
    const controller = new AbortController();
    let started = false;
    port.on('message', (message) => {
        if (message.type === 'stop')
            controller.abort(message.reason);
        // A stop before the start still runs, stopped at once: the main thread waits for every worker's measurements.
        if (!started) {
            started = true;
            run();
        }
    });
    // Warmed before it says ready, so every worker starts its clock when the main thread says start, not after its own warm-up.
    void (0,_warm_up_generator_warm_up_js__WEBPACK_IMPORTED_MODULE_3__/* .warmUpGenerator */ ._t)(start.settings).then(() => post({ type: 'ready' }));
    let lastSecond = 0;
    const report = (live) => {
        // The seconds alone are cheap; a whole snapshot encodes every histogram of the run.
        const snapshot = start.snapshots || live.seconds === undefined ? live.snapshot() : undefined;
        const closed = snapshot !== undefined ? (snapshot.intervals?.overall ?? []) : live.seconds();
        const seconds = closed.filter((point) => point.t > lastSecond);
        if (seconds.length > 0)
            lastSecond = seconds[seconds.length - 1].t;
        post({
            type: 'live',
            elapsedMs: live.elapsedMs,
            seconds,
            ...(start.snapshots && snapshot ? { snapshot } : {}),
        });
        return undefined;
    };
    const run = () => {
        const cpuStart = process.threadCpuUsage();
        const startMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
        (0,_run_in_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .runLoadInThread */ .D)(start.settings, {
            signal: controller.signal,
            share: start.share,
            liveChecks: [report],
            ...(start.progress
                ? { onProgress: (sample) => post({ type: 'progress', sample }), progressIntervalMs: 1000 }
                : {}),
        }).then((outcome) => {
            const cpu = process.threadCpuUsage(cpuStart);
            const elapsedMs = Math.max(1, node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - startMs);
            const cpuPercent = Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 1000) / 10;
            const withThreadCpu = (part) => part.generator ? { ...part, generator: { ...part.generator, cpuPercent } } : part;
            const generator = outcome.measurements.generator;
            post({
                type: 'done',
                outcome: {
                    measurements: withThreadCpu(outcome.measurements),
                    ...(outcome.baseline ? { baseline: withThreadCpu(outcome.baseline) } : {}),
                },
                health: {
                    worker: start.index + 1,
                    of: start.of,
                    eventLoopLagP99Ms: generator?.eventLoopLagP99Ms ?? 0,
                    eventLoopLagMaxMs: generator?.eventLoopLagMaxMs ?? 0,
                    cpuPercent,
                },
            });
            port.close();
        }, (error) => {
            post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
            port.close();
        });
    };
}


/***/ })

};
