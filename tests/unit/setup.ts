import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useLocale } from '../support/locale';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
// Every test starts in English; a test that wants Chinese says so with useLocale('zh_CN').
beforeEach(() => useLocale('en'));
// Modules that read a message as they load (label tables, sample texts) load before any hook.
useLocale('en');
