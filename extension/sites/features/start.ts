import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export async function startSiteOverlay(ctx: ContentScriptContext): Promise<void> {
  if (ctx.isInvalid) return;
}
