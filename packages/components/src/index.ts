/**
 * Every element of the kit; importing this module defines them all.
 * Import `@thidua/components/kpi-progress` (etc.) to define only one.
 */
export { ThiduaProvider } from './provider/thidua-provider.js';
export { KpiProgress } from './kpi-progress/kpi-progress.js';
export { clientContext, localeContext, type ThiduaClient } from './shared/context.js';
