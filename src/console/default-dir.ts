// Where the console's built files are by default: the package's dist/ui (Vite's output). Two
// levels up from this module is the package root both from src/console/ (tests run the sources)
// and from dist/console/ (the image), so the same URL finds the same folder in both.
import { fileURLToPath } from 'node:url';

export const DEFAULT_CONSOLE_DIR: string = fileURLToPath(new URL('../../dist/ui/', import.meta.url));
