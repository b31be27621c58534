// Production sign-in: OIDC authorization code flow with PKCE (RFC 7636), run in the browser against the configured
// issuer with a public client. The access token it returns is the same bearer token portals send; its roles and
// tenant claims scope what the API answers (docs/security.md). Verifier and state stay in sessionStorage.

import { session } from './api.js';

const FLOW = 'kinerja.oidc';

async function discovery(issuer) {
  const response = await fetch(issuer + '/.well-known/openid-configuration');
  if (!response.ok) {
    throw new Error('OIDC discovery failed: ' + response.status);
  }
  return response.json();
}

function random(bytes) {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return base64url(data);
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri() {
  return location.origin + location.pathname;
}

export async function start(config, returnTo) {
  const meta = await discovery(config.issuer);
  const verifier = random(48);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = random(16);
  sessionStorage.setItem(FLOW, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(meta.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: config.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** On return from the issuer (?code=&state=): exchanges the code; answers the hash to go on with, or null. */
export async function finish(config) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) {
    return null;
  }
  const flow = JSON.parse(sessionStorage.getItem(FLOW) || '{}');
  sessionStorage.removeItem(FLOW);
  history.replaceState(null, '', redirectUri() + (flow.returnTo || '#/'));
  if (params.has('error') || params.get('state') !== flow.state) {
    throw new Error(params.get('error_description') || params.get('error') || 'OIDC state mismatch');
  }
  const meta = await discovery(config.issuer);
  const response = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: flow.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('OIDC token exchange failed: ' + response.status);
  }
  session.set((await response.json()).access_token);
  return flow.returnTo || '#/';
}
