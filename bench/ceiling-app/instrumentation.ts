/**
 * Nothing to set up. This file must exist: without it Next takes the repository root's
 * instrumentation.ts (the app's, which insists on production settings this app has no use for).
 */
export function register(): void {}
