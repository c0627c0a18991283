import type { ServerMessages } from './vi.js';

/** The server's messages in English; typed so that a key missing here fails the type check. */
export const en: ServerMessages = {
  validation_failed: 'The request is invalid',
  not_found: 'Not found',
  campaign_not_found: 'No such campaign',
  indicator_not_found: 'No such indicator',
  metric_not_found: 'The campaign has no such index or indicator to rank by',
  unit_not_found: 'No such organisation unit',
  token_not_found: 'No active access token has this id',
  route_not_found: 'No such API route',
  method_not_allowed: 'Method not allowed for this route',
  internal: 'Server error; nothing was changed',
  unauthorized: 'A valid access token is required (Authorization: Bearer …)',
  forbidden_unit: 'This access token may not report figures for this unit',
  forbidden_role: 'The role of this access token does not allow this',
  unsupported_media_type: 'The body must be JSON (Content-Type: application/json)',
  malformed_json: 'The JSON body cannot be read',
  payload_too_large: 'The body is too large',
  idempotency_key_invalid: 'Idempotency-Key must be 1–200 printable characters',
  idempotency_key_reused: 'This Idempotency-Key was already used for a different request',
  unit_required_across_campaigns: 'The indicators belong to several campaigns: name the unit',
  reporter_needs_unit: 'A reporter’s token needs at least one unit',
};
