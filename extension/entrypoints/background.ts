import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring is added as the handlers land.
});
