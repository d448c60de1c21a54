import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSiteOverlay } from '../sites/features/start';

// Registered at run time for the sites the user turned on (extension/background/site-scripts.ts);
// no `matches`, so no site is required by the manifest.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    return startSiteOverlay(ctx);
  },
});
