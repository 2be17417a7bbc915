// Regenerate requests.txt (Node 18+):  cd servlet/src/test/resources/js-sdk && npm install && node sign-requests.js
//
// Records the exact bytes the official BCE JavaScript SDK (@baiducloud/sdk 1.0.7, unmodified) puts on
// the wire for the requests JsSdkSignature*Test replays. Each request goes through the SDK's own
// BceBaseClient.sendRequest -> HttpClient -> Node's http module, signed by BceBaseClient.createSignature
// (Auth.generateAuthorization with the default headersToSign: host, content-md5, content-length,
// content-type and every x-bce-*), to a capture server on 127.0.0.1:18080 that answers 200 {}.
// Date.now is pinned, so the signing time (and the x-bce-date header the SDK sets from it) is fixed.
// The SDK always signs Host; the test replays the bytes unchanged, Host: 127.0.0.1:18080 included.
//
// Output: requests.txt, per request a line "### <name> <byte count>\n", that many bytes, then "\n".
'use strict';

const fs = require('fs');
const net = require('net');
const path = require('path');
const sdk = require('@baiducloud/sdk');

const PORT = 18080;
const SIGNED_AT = Date.parse('2024-05-20T08:30:00Z');
// Made-up keys, the same as io.bcekit.servlet.fixture.AuthFixture's.
const ALICE = {ak: 'ak-alice-4f3c2b1a0e9d8c7b', sk: 'sk-alice-b7e151628aed2a6a'};
const STS = {ak: 'ak-sts-7d0c1f2e', sk: 'sk-sts-3a4b4c5d', token: 'ZjQ4YmNk/token+value='};
const TOKEN = '7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f';
const BIND = JSON.stringify({instanceType: 'BCC', instanceId: 'i-7Qm2xZ9a'});
const CREATE = JSON.stringify({name: 'eip-Ünïcode 1', bandwidthInMbps: 10, billing: {paymentTiming: 'Postpaid'}});

Date.now = () => SIGNED_AT;

function client(credentials, sessionToken) {
    return new sdk.BceBaseClient({endpoint: 'http://127.0.0.1:' + PORT, credentials, sessionToken}, 'eip', false);
}

/** A client that signs the listed headers too (Auth.generateAuthorization's headersToSign argument). */
function clientSigning(headersToSign) {
    const c = client(ALICE);
    c.createSignature = function (credentials, method, resource, params, headers) {
        headers['x-bce-date'] = new Date(Date.now()).toISOString().replace(/\.\d+Z$/, 'Z');
        const auth = new sdk.Auth(credentials.ak, credentials.sk);
        return sdk.Q.fcall(() => auth.generateAuthorization(method, resource, params, headers,
            Date.now() / 1000, 1800, headersToSign));
    };
    return c;
}

const alice = client(ALICE);
const json = ct => ({'Content-Type': ct});

// [name, client, method, resource, {body, headers, params}]
const REQUESTS = [
    ['list-eips', alice, 'GET', '/v1/eip', {}],
    ['list-eips-marker-encoded-and-empty-status', alice, 'GET', '/v1/eip',
        {params: {marker: 'eip-m/1 é+', maxKeys: 10, status: ''}}],
    ['list-eips-tilde-star-upper-case-key', alice, 'GET', '/v1/eip',
        {params: {Marker: 'a~b', name: 'n x/y*é+', maxKeys: 10}}],
    ['create-eip', alice, 'POST', '/v1/eip', {body: CREATE, params: {clientToken: TOKEN}}],
    ['bind-eip-flag-param', alice, 'PUT', '/v1/eip/180.76.1.2', {body: BIND, params: {bind: '', clientToken: TOKEN}}],
    ['resize-ipv6-eip-encoded-path', alice, 'PUT', '/v1/eip/240c%3A4081%3A%3A1',
        {body: JSON.stringify({newBandwidthInMbps: 20}), params: {resize: null, clientToken: TOKEN}}],
    ['release-eip', alice, 'DELETE', '/v1/eip/180.76.1.2', {params: {clientToken: TOKEN}}],
    ['sts-session-token', client(STS, STS.token), 'DELETE', '/v1/eip/180.76.1.2', {params: {clientToken: TOKEN}}],
    ['x-bce-headers-mixed-case-values', alice, 'GET', '/v1/eip/180.76.1.2',
        {headers: {'x-bce-request-id': '5E6F7A8B-Req-ID', 'X-Bce-Meta-Owner': 'Alice SMITH', 'x-bce-Acl': 'Private'}}],
    ['content-type-application-JSON', alice, 'POST', '/v1/eip',
        {body: CREATE, headers: json('application/JSON'), params: {clientToken: TOKEN}}],
    ['content-type-Application-Json-Charset-UTF-8', alice, 'POST', '/v1/eip',
        {body: CREATE, headers: json('Application/Json; Charset=UTF-8'), params: {clientToken: TOKEN}}],
    ['content-type-no-space-charset-UTF-8', alice, 'POST', '/v1/eip',
        {body: CREATE, headers: json('application/json;charset=UTF-8'), params: {clientToken: TOKEN}}],
    ['content-type-text-plain-UTF-8', alice, 'PUT', '/v1/eip/180.76.1.2',
        {body: 'Plain Text Body', headers: json('text/plain; charset=UTF-8'), params: {clientToken: TOKEN}}],
    ['content-type-lower-case-json', alice, 'PUT', '/v1/eip/180.76.1.2',
        {body: BIND, headers: json('application/json; charset=utf-8'), params: {bind: '', clientToken: TOKEN}}],
    ['content-type-application-json', alice, 'POST', '/v1/eip',
        {body: CREATE, headers: json('application/json'), params: {clientToken: TOKEN}}],
    ['content-type-xml-UTF-8', alice, 'POST', '/v1/eip',
        {body: '<eip name="X"/>', headers: json('application/xml; charset=UTF-8'), params: {clientToken: TOKEN}}],
    ['unsigned-accept-encoding-and-cache-control', alice, 'GET', '/v1/eip',
        {headers: {...json('application/json'), 'Accept-Encoding': 'GZIP, deflate', 'Cache-Control': 'No-Cache'}}],
    ['unsigned-accept-encoding-and-cache-control-sdk-content-type', alice, 'GET', '/v1/eip',
        {headers: {'Accept-Encoding': 'GZIP, deflate', 'Cache-Control': 'No-Cache'}}],
    ['signed-accept-encoding-and-cache-control',
        clientSigning(['host', 'content-type', 'accept-encoding', 'cache-control']), 'GET', '/v1/eip',
        {headers: {...json('application/json'), 'Accept-Encoding': 'GZIP, deflate', 'Cache-Control': 'No-Cache'}}],
    ['signed-host-and-x-bce-date-only', clientSigning(['host', 'x-bce-date']), 'POST', '/v1/eip',
        {body: CREATE, params: {clientToken: TOKEN}}],
];

/** Captures one request per connection: the head, then Content-Length bytes of body. */
function captureServer(onRequest) {
    return net.createServer(socket => {
        let data = Buffer.alloc(0);
        socket.on('data', chunk => {
            data = Buffer.concat([data, chunk]);
            const end = data.indexOf('\r\n\r\n');
            if (end < 0) {
                return;
            }
            const length = /\r\ncontent-length:\s*(\d+)/i.exec(data.subarray(0, end).toString('latin1'));
            if (data.length < end + 4 + (length ? Number(length[1]) : 0)) {
                return;
            }
            onRequest(data);
            socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n'
                + 'Connection: close\r\n\r\n{}');
        });
    });
}

async function main() {
    let captured;
    const server = captureServer(bytes => { captured = bytes; });
    await new Promise((resolve, reject) => server.once('error', reject).listen(PORT, '127.0.0.1', resolve));
    const parts = [];
    for (const [name, c, method, resource, args] of REQUESTS) {
        captured = null;
        await c.sendRequest(method, resource, {...args, headers: {...args.headers}});
        if (!captured) {
            throw new Error('nothing captured for ' + name);
        }
        parts.push(Buffer.from(`### ${name} ${captured.length}\n`, 'latin1'), captured, Buffer.from('\n'));
    }
    server.close();
    fs.writeFileSync(path.join(__dirname, 'requests.txt'), Buffer.concat(parts));
    console.log('wrote %d requests to requests.txt', REQUESTS.length);
}

main().catch(e => { console.error(e); process.exit(1); });
