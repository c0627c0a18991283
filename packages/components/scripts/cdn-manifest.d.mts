import type { Plugin } from 'vite';
export function integrityOf(bytes: Uint8Array): string;
export function cdnManifest(): Plugin;
