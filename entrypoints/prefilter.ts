import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBootstrap } from '@/layers/bootstrap';

export default defineUnlistedScript(() => runBootstrap());
