//! The S3 backend: a blob is the object `PREFIX/blob/<hash>`, a header the
//! object `PREFIX/<name>` (`:` in the name standing for `/`), its ETag its
//! revision. Requests are SigV4-presigned by `rusty-s3` (no hand-written
//! signing) and sent with the library's reqwest client.
//!
//! Compare-and-swap is S3's conditional write: `If-None-Match: *` to create,
//! `If-Match: <etag>` to replace (AWS S3 since 2024; moto's server, which
//! the tests run, has both on PutObject since 5.0.x: checked in 5.2.6).
//! moto checks the condition and writes in two steps, so two writes racing
//! within microseconds could both pass there; AWS decides atomically.
//!
//! S3 has no per-object expiry: each header carries its expiry time
//! (`x-amz-meta-mpsandbox-expires`, milliseconds since the epoch, written
//! with it), a header past it reads as absent and may be created over, and
//! space is reclaimed by a bucket lifecycle rule the operator sets
//! (docs/library.md); correctness never depends on that rule running.

use std::time::Duration;

use rusty_s3::actions::{DeleteObject, GetObject, HeadBucket, PutObject};
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};
use url::Url;

use super::{now_ms, ttl_ms, StoreError};

pub(super) struct S3 {
    http: reqwest::Client,
    bucket: Bucket,
    credentials: Option<Credentials>,
    /// Object keys start with it (`PREFIX/`), or nothing for the bucket's root.
    prefix: String,
    ttl_ms: u64,
    url: String,
}

/// Where a header keeps the time it stops counting (S3 user metadata).
const EXPIRES: &str = "x-amz-meta-mpsandbox-expires";

/// How long a presigned request stays valid: it is sent at once.
const SIGNED_FOR: Duration = Duration::from_secs(60);

/// A header as stored: its ETag, its JSON, and whether it has expired.
struct Stored {
    etag: String,
    body: Vec<u8>,
    expired: bool,
}

impl S3 {
    /// Parses `s3://BUCKET/PREFIX?endpoint=URL&region=REGION` and checks the
    /// bucket answers.
    pub(super) async fn connect(url: &str, ttl: Duration) -> Result<S3, StoreError> {
        let bad = |reason: String| StoreError::BadUrl { url: url.to_string(), reason };
        let parsed = Url::parse(url).map_err(|e| bad(e.to_string()))?;
        let name = parsed.host_str().filter(|h| !h.is_empty()).ok_or_else(|| bad("no bucket name".into()))?;
        let prefix = parsed.path().trim_matches('/').to_string();
        let (mut endpoint, mut region) = (None, None);
        for (key, value) in parsed.query_pairs() {
            match &*key {
                "endpoint" => endpoint = Some(value.into_owned()),
                "region" => region = Some(value.into_owned()),
                other => return Err(bad(format!("unknown parameter {other:?}: use endpoint= and region="))),
            }
        }
        let region = region.or_else(|| std::env::var("AWS_REGION").ok()).unwrap_or_else(|| "us-east-1".into());
        // A custom endpoint (moto, MinIO, ...) is addressed by path; AWS
        // itself by virtual host.
        let (endpoint, style) = match endpoint {
            Some(e) => (e, UrlStyle::Path),
            None => (format!("https://s3.{region}.amazonaws.com"), UrlStyle::VirtualHost),
        };
        let endpoint = Url::parse(&endpoint).map_err(|e| bad(format!("endpoint {endpoint}: {e}")))?;
        let bucket = Bucket::new(endpoint, style, name.to_string(), region).map_err(|e| bad(e.to_string()))?;
        // A process-wide default; an embedder's own choice, if made, stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| StoreError::Unavailable { url: url.to_string(), reason: e.to_string() })?;
        let store = S3 {
            http,
            bucket,
            credentials: Credentials::from_env(),
            prefix,
            ttl_ms: ttl_ms(ttl),
            url: url.to_string(),
        };
        let answer = store
            .send(reqwest::Method::HEAD, store.sign(HeadBucket::new(&store.bucket, store.creds())), &[], None)
            .await?;
        match answer.status().as_u16() {
            200 => Ok(store),
            404 => Err(bad(format!("there is no bucket {name}: create it first"))),
            _ => Err(store.refused(answer).await),
        }
    }

    fn creds(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    fn key(&self, path: &str) -> String {
        if self.prefix.is_empty() {
            path.to_string()
        } else {
            format!("{}/{path}", self.prefix)
        }
    }

    fn header_key(&self, name: &str) -> String {
        self.key(&name.replace(':', "/"))
    }

    fn sign<'a>(&self, action: impl S3Action<'a>) -> Url {
        action.sign(SIGNED_FOR)
    }

    /// Sends a presigned request with the headers that were signed with it.
    /// An idempotent one (a read, a delete, a blob write: the same bytes
    /// under the same name) is sent again after a 500 or 503, as AWS's own
    /// SDKs do; a conditional header write is not, since a write that
    /// succeeded but answered 500 would then read as a lost race.
    async fn send(
        &self,
        method: reqwest::Method,
        url: Url,
        headers: &[(&str, String)],
        body: Option<bytes::Bytes>,
    ) -> Result<reqwest::Response, StoreError> {
        let idempotent = !headers.iter().any(|(name, _)| name.starts_with("if-"));
        let mut backoff = Duration::from_millis(20);
        for attempt in 1.. {
            let mut request = self.http.request(method.clone(), url.clone());
            for (name, value) in headers {
                request = request.header(*name, value);
            }
            if let Some(body) = &body {
                request = request.body(body.clone());
            }
            let answer = request.send().await.map_err(|e| self.unavailable(chain(&e)))?;
            let transient = matches!(answer.status().as_u16(), 500 | 503);
            if !(transient && idempotent && attempt < 3) {
                return Ok(answer);
            }
            tokio::time::sleep(backoff).await;
            backoff *= 5;
        }
        unreachable!("the loop returns by its third attempt")
    }

    fn unavailable(&self, reason: String) -> StoreError {
        StoreError::Unavailable { url: self.url.clone(), reason }
    }

    /// An answer that is not about the request's own conditions.
    async fn refused(&self, answer: reqwest::Response) -> StoreError {
        let status = answer.status();
        let body = answer.text().await.unwrap_or_default();
        let detail: String = body.chars().take(300).collect();
        let hint = match status.as_u16() {
            401 | 403 => "; check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and the bucket's policy",
            _ => "",
        };
        self.unavailable(format!("it answered {status}{hint}: {detail}"))
    }

    async fn get(&self, key: &str) -> Result<Option<reqwest::Response>, StoreError> {
        let url = self.sign(GetObject::new(&self.bucket, self.creds(), key));
        let answer = self.send(reqwest::Method::GET, url, &[], None).await?;
        match answer.status().as_u16() {
            200 => Ok(Some(answer)),
            404 => Ok(None),
            _ => Err(self.refused(answer).await),
        }
    }

    async fn body(&self, answer: reqwest::Response) -> Result<Vec<u8>, StoreError> {
        answer.bytes().await.map(|b| b.to_vec()).map_err(|e| self.unavailable(chain(&e)))
    }

    pub(super) async fn put_blob(&self, hash: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let key = self.key(&format!("blob/{hash}"));
        let url = self.sign(PutObject::new(&self.bucket, self.creds(), &key));
        let answer = self.send(reqwest::Method::PUT, url, &[], Some(bytes::Bytes::copy_from_slice(bytes))).await?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(self.refused(answer).await)
        }
    }

    pub(super) async fn get_blob(&self, hash: &str) -> Result<Option<Vec<u8>>, StoreError> {
        match self.get(&self.key(&format!("blob/{hash}"))).await? {
            Some(answer) => Ok(Some(self.body(answer).await?)),
            None => Ok(None),
        }
    }

    async fn stored(&self, name: &str) -> Result<Option<Stored>, StoreError> {
        let Some(answer) = self.get(&self.header_key(name)).await? else { return Ok(None) };
        let text = |h: &str| answer.headers().get(h).and_then(|v| v.to_str().ok()).map(str::to_string);
        let etag = text("etag").ok_or_else(|| self.unavailable("it sent an object without an ETag".into()))?;
        // No expiry time: written by something else; it does not expire here.
        let expired = text(EXPIRES).and_then(|t| t.parse::<u64>().ok()).is_some_and(|at| at <= now_ms());
        let body = self.body(answer).await?;
        Ok(Some(Stored { etag, body, expired }))
    }

    /// The header's ETag and JSON, unless absent or expired.
    pub(super) async fn get_header(&self, name: &str) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(self.stored(name).await?.filter(|s| !s.expired).map(|s| (s.etag, s.body)))
    }

    /// `Some(new ETag)`, or `None` when `name` did not hold `expected`.
    pub(super) async fn swap(
        &self,
        name: &str,
        expected: Option<&str>,
        text: &str,
        _blob: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        if let Some(etag) = expected {
            return self.put_header(name, ("if-match", etag), text).await;
        }
        if let Some(done) = self.put_header(name, ("if-none-match", "*"), text).await? {
            return Ok(Some(done));
        }
        // It exists; if only as an expired header, it counts as absent:
        // replace exactly that one (another writer may be doing the same).
        match self.stored(name).await? {
            Some(old) if old.expired => self.put_header(name, ("if-match", &old.etag), text).await,
            _ => Ok(None),
        }
    }

    async fn put_header(&self, name: &str, condition: (&str, &str), text: &str) -> Result<Option<String>, StoreError> {
        let key = self.header_key(name);
        let expires = now_ms().saturating_add(self.ttl_ms).to_string();
        let mut action = PutObject::new(&self.bucket, self.creds(), &key);
        action.headers_mut().insert(condition.0, condition.1);
        action.headers_mut().insert(EXPIRES, expires.as_str());
        let url = self.sign(action);
        let headers = [(condition.0, condition.1.to_string()), (EXPIRES, expires.clone())];
        let body = bytes::Bytes::copy_from_slice(text.as_bytes());
        let answer = self.send(reqwest::Method::PUT, url, &headers, Some(body)).await?;
        match answer.status().as_u16() {
            200 => {
                let etag = answer.headers().get("etag").and_then(|v| v.to_str().ok());
                etag.map(|e| Some(e.to_string()))
                    .ok_or_else(|| self.unavailable("it stored a header without an ETag".into()))
            }
            // 412: the condition failed; 409: a concurrent conditional write
            // won; 404: the header to replace is gone.
            412 | 409 | 404 => Ok(None),
            _ => Err(self.refused(answer).await),
        }
    }

    pub(super) async fn delete(&self, name: &str) -> Result<(), StoreError> {
        let key = self.header_key(name);
        let url = self.sign(DeleteObject::new(&self.bucket, self.creds(), &key));
        let answer = self.send(reqwest::Method::DELETE, url, &[], None).await?;
        match answer.status().as_u16() {
            200 | 204 | 404 => Ok(()),
            _ => Err(self.refused(answer).await),
        }
    }
}

/// An error with its causes: reqwest's own text ("error sending request")
/// hides the one that says what to do ("connection refused").
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
