import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardPopover } from '@/content/card-popover';
import { registerCardUi } from '@/content/card-ui-loader';

export default defineUnlistedScript(() => registerCardUi({ createCardPopover }));
