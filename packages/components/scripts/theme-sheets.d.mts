import type { Plugin } from 'vite';
export function themeSheets(): Plugin;
