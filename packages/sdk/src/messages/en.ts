import type { SdkMessages } from './vi.js';

/** The SDK's messages in English; typed so that a key missing here fails the type check. */
export const en: SdkMessages = {
  invalidResponse: 'The server answered with data of an unexpected shape',
  indicatorNotFound: 'No such indicator',
  timeout: 'The server took too long to answer',
  network: 'Cannot reach the server',
};
