// A Maven repository on localhost holding one artifact, com.example.loomlab:slow-download:1.0,
// whose jar is served half at once and the rest only when the test calls release(): so the
// test can look at the notebook *while* %maven downloads, without a network or a timer.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const COORDINATES = 'com.example.loomlab:slow-download:1.0';
const BASE = '/com/example/loomlab/slow-download/1.0/slow-download-1.0';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.loomlab</groupId>
  <artifactId>slow-download</artifactId>
  <version>1.0</version>
</project>
`;

/** Starts the server; jarPath is a real jar (a large one, so %maven announces it). */
export async function startFakeMaven(jarPath) {
  const jar = readFileSync(jarPath);
  const files = new Map([[`${BASE}.pom`, Buffer.from(POM)], [`${BASE}.jar`, jar]]);
  for (const [path, body] of [...files]) {
    files.set(`${path}.sha1`, Buffer.from(createHash('sha1').update(body).digest('hex')));
  }
  let release;
  const released = new Promise(resolve => { release = resolve; });
  let jarRequested;
  const jarStarted = new Promise(resolve => { jarRequested = resolve; });

  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = files.get(path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Length': body.length, 'Content-Type': 'application/octet-stream' });
    if (request.method === 'HEAD') {
      response.end();
    } else if (path === `${BASE}.jar`) {
      const half = Math.floor(body.length / 2);
      response.write(body.subarray(0, half));
      jarRequested();
      released.then(() => response.end(body.subarray(half)));
    } else {
      response.end(body);
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    jarStarted,
    release: () => release(),
    close: () => { release(); server.closeAllConnections(); server.close(); },
  };
}
