// The project's WXT config, building into a folder of its own so `npm run bench` measures a fresh
// production build without touching .output/chrome-mv3, which the e2e suites use.
import config from '../../wxt.config';

export const BENCH_OUT = '.output/bench';

export default { ...config, outDir: BENCH_OUT };
