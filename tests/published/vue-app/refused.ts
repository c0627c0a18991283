// What the Vue types refuse, outside a template: each element's props as `GlobalComponents` says.
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: Props<'kpi-progress'> = { value: 62, target: 90, unit: 'percent' };
// @ts-expect-error `value` is a number.
export const wrongCard: Props<'kpi-progress'> = { value: '62' };
// @ts-expect-error `top` is a number.
export const wrongTable: Props<'ranking-table'> = { top: '3' };
// @ts-expect-error the kit has no such element.
export type Gauge = Props<'kpi-gauge'>;
