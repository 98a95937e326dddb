/** One web fetcher per container, so its per-host limit holds across the records of a batch. */
import { WebFetcher } from '../adapters/web/web-fetcher';
import { once } from './once';
import { runtimeSettings } from './runtime-settings';

export const webFetcher = once(() => new WebFetcher(runtimeSettings().fetch));
