import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../lib/background/welcome';

const urls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

describe('the welcome page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once on install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect((await urls()).filter((url) => url?.endsWith('/welcome.html'))).toHaveLength(1);
  });

  it('stays shut on an update, a browser update and a shared module update', async () => {
    const before = await urls();
    for (const reason of ['update', 'chrome_update', 'shared_module_update']) {
      await openWelcomeOnInstall({ reason });
    }
    expect(await urls()).toEqual(before);
  });
});
