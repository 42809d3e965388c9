import { bundleSize } from './bundle-size';
import { foldBenchmark } from './fold';
import { mapIdle } from './map-idle';

/** `npm run bench [-- bundle|fold|map]`: prints figures; asserts nothing (machines are shared and noisy). */
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'bundle') bundleSize();
if (which === 'all' || which === 'fold') foldBenchmark();
if (which === 'all' || which === 'map') await mapIdle();
