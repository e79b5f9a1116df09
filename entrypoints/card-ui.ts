import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardPopover } from '@/layers/card-popover';
import { registerCardUi } from '@/layers/card-ui-loader';

export default defineUnlistedScript(() => registerCardUi({ createCardPopover }));
