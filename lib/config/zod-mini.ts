/**
 * The zod the runtime schemas are written with: `zod/mini`, the tree-shakable functional API, so a
 * Lambda bundle carries only the validators it uses (classic `zod` attaches every method to every
 * schema and so pulls in all of it, about 440 KiB minified).
 *
 * Use it as `import * as z from '.../lib/config/zod-mini'` and only as `z.name`: a namespace that is
 * passed around or re-exported as a value (`export { z }`, `import { z } from 'zod/mini'`) makes
 * esbuild keep every export, which is the cost this module exists to avoid.
 *
 * Classic zod registers its English messages when its first schema is built; zod/mini leaves that
 * to the application, so it is done here, once, before any schema of this project can parse. Every
 * project schema imports zod through this module, so messages stay the ones operators and tests
 * see ("Too small: expected number to be >=1"). Only the English locale is imported, by name, so
 * the other locales stay out of the bundles.
 */
import { config } from 'zod/mini';
import { en } from 'zod/v4/locales';

config(en());

export * from 'zod/mini';
