// The documented reporting API, called with the signed-in person's bearer token. The token lives in this tab's
// sessionStorage only (gone when the tab closes) and is never put in a URL.

const TOKEN = 'kinerja.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const session = {
  token() {
    const token = sessionStorage.getItem(TOKEN);
    if (token && claims(token).exp * 1000 < Date.now()) {
      sessionStorage.removeItem(TOKEN);
      return null;
    }
    return token;
  },
  set(token) {
    sessionStorage.setItem(TOKEN, token);
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
  },
  /** What the token says about its holder: only to choose a starting page; the API decides what is shown. */
  who() {
    const token = this.token();
    return token ? claims(token) : null;
  },
};

function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  } catch {
    return { exp: 0 };
  }
}

export async function get(path, { anonymous = false, signal } = {}) {
  const headers = { Accept: 'application/json' };
  const token = session.token();
  if (token && !anonymous) {
    headers.Authorization = 'Bearer ' + token;
  }
  const response = await fetch(path, { headers, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export async function post(path) {
  const response = await fetch(path, { method: 'POST', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export const enc = encodeURIComponent;

/**
 * Server-sent events read with fetch(), because EventSource cannot send the Authorization header. Resumes with
 * Last-Event-ID after a dropped connection; ': ping' heartbeats keep the connection open through proxies.
 * Calls onChange(data) per change, onReset() when the server no longer holds our position, onState(connected):
 * connected once the server's first event (its position) arrived, so no change made after that is missed.
 */
export function subscribe(path, { onChange, onReset, onState }) {
  const controller = new AbortController();
  let lastId = null;
  let delay = 1000;

  async function run() {
    while (!controller.signal.aborted) {
      try {
        const headers = { Accept: 'text/event-stream', Authorization: 'Bearer ' + session.token() };
        if (lastId) {
          headers['Last-Event-ID'] = lastId;
        }
        const response = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status === 401 || response.status === 403) {
          onState(false);
          return;
        }
        if (!response.ok || !response.body) {
          throw new Error('stream ' + response.status);
        }
        delay = 1000;
        await read(response.body.getReader());
      } catch (e) {
        if (controller.signal.aborted) {
          return;
        }
      }
      onState(false);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 30000);
    }
  }

  async function read(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      }
    }
  }

  function dispatch(block) {
    onState(true);
    let event = 'message';
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') {
        lastId = value;
      } else if (field === 'event') {
        event = value;
      } else if (field === 'data') {
        data.push(value);
      }
    }
    if (event === 'reset') {
      onReset();
    } else if (data.length) {
      try {
        onChange(JSON.parse(data.join('\n')));
      } catch {
        onChange({});
      }
    }
  }

  run();
  return () => controller.abort();
}
