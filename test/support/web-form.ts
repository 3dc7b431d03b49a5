import type { TestApp } from './test-app.js';

/** A browser-less visitor of the pages: keeps the CSRF cookie and sends forms the way a browser would. */
export interface FormVisitor {
  cookies: string[];
  csrf: string;
}

export async function visitForm(t: TestApp, path: string, cookies: string[] = []): Promise<FormVisitor> {
  const page = await t.http.get(path).set('Cookie', cookies.join('; '));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!csrf) throw new Error(`${path} toont geen formulier met CSRF-token (status ${page.status})`);
  const fresh = ([] as string[]).concat(page.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]);
  return { cookies: [...cookies, ...fresh], csrf };
}

export function postForm(t: TestApp, visitor: FormVisitor, path: string, fields: Record<string, string>) {
  return t.http
    .post(path)
    .set('Cookie', visitor.cookies.join('; '))
    .type('form')
    .send({ ...fields, _csrf: visitor.csrf });
}
