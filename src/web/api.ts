import type { InsatsLine } from '../domain/insats-follow-up';
import type { PlaceMap } from '../domain/place-map';

export type View = 'team' | 'council';

/** `GET /api/tab/groups/:id/map`: the map of a span, and what the person may do with it. */
export interface MapAnswer extends PlaceMap {
  view: View;
  mayPlace: boolean;
  groupName: string;
}

export interface TabGroup {
  id: string;
  name: string;
  view: View;
  teamId: string;
}

/** An insats on the board, with the key of its place (as the map's places have). */
export type BoardLine = Omit<InsatsLine, 'comment'> & { key: string };

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`the tab's API answered ${status}`);
  }
}

/** The tab's API, each request with the Teams SSO token (none in local mode). */
export function tabApi(token: () => Promise<string | undefined>) {
  const request = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const bearer = await token();
    const response = await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      },
    });
    if (!response.ok) throw new ApiError(response.status);
    return (await response.json()) as T;
  };
  const groupPath = (groupId: string, rest: string) => `/api/tab/groups/${encodeURIComponent(groupId)}/${rest}`;
  return {
    groups: () => request<{ groups: TabGroup[] }>('/api/tab/groups'),
    map: (groupId: string, query: { view: View; span: number; area?: string; type?: string }) => {
      const params = new URLSearchParams({ view: query.view, span: String(query.span) });
      if (query.area) params.set('area', query.area);
      if (query.type) params.set('type', query.type);
      return request<MapAnswer>(groupPath(groupId, `map?${params.toString()}`));
    },
    insatser: (groupId: string, view: View) =>
      request<{ insatser: BoardLine[] }>(groupPath(groupId, `insatser?view=${view}`)),
    place: (groupId: string, key: string, position: { lat: number; lng: number } | undefined) =>
      request<{ outcome: string }>(groupPath(groupId, 'positions'), {
        method: 'PUT',
        body: JSON.stringify(position ? { key, ...position } : { key, remove: true }),
      }),
  };
}
export type TabApi = ReturnType<typeof tabApi>;
