export function minifyCss(css: string): string;
export function minifyCssTemplates(code: string, fileName?: string): string;
