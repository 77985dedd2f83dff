import { z } from 'zod';

// The app's Content-Security-Policy forbids eval, so zod's faster compiled parsers can never run
// here; without this, zod probes for eval while building its schemas, and the browser reports the
// probe as a policy violation. Imported first by ./schema, before any schema is built.
z.config({ jitless: true });
