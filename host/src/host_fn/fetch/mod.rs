//! `fetch`: outbound HTTP for sandboxed code, only to allow-listed hosts.
//!
//! Every URL, the first and each redirect target, must match a pattern; every
//! address a name resolves to must be public (not loopback, private,
//! link-local, ...) unless the pattern that matched is that very IP address.
//! Addresses are checked in the resolver the client connects with, so a name
//! cannot resolve to one address for the check and another for the
//! connection.

mod allowlist;

pub use allowlist::HttpPolicy;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, COOKIE, LOCATION, PROXY_AUTHORIZATION};
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};
use url::Url;

use allowlist::non_public;

use crate::error::{internal, Error};
use crate::host_fn::HostCallError;

/// The client's resolver: a name that resolves to any non-public address is
/// refused (a name is never an IP pattern, so none is exempt).
struct PublicOnly;

#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some((addr, kind)) = addrs.iter().find_map(|a| non_public(a.ip()).map(|k| (a.ip(), k))) {
                let message =
                    format!("'{host}' resolves to {addr}, a {kind} address; only an IP pattern can allow that");
                return Err(Box::new(Refused(message)) as _);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// `fetch(url, method="GET", headers=None, body=None)` as Python calls it.
#[derive(Debug, Deserialize)]
pub(crate) struct FetchArgs {
    url: String,
    #[serde(default)]
    method: Option<String>,
    #[serde(default)]
    headers: Option<BTreeMap<String, String>>,
    #[serde(default)]
    body: Option<String>,
}

/// The `fetch` host function over one policy and one connection pool.
pub(crate) struct Fetcher {
    policy: HttpPolicy,
    client: reqwest::Client,
}

impl Fetcher {
    pub(crate) fn new(policy: HttpPolicy) -> Result<Arc<Fetcher>, Error> {
        // A process-wide default; an embedder's own choice, if made, stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(PublicOnly))
            .timeout(policy.timeout)
            .build()
            .map_err(|e| internal("cannot set up the HTTP client", e))?;
        Ok(Arc::new(Fetcher { policy, client }))
    }

    pub(crate) async fn fetch(&self, args: FetchArgs) -> Result<Value, HostCallError> {
        // Injected values never reach the program, in any message either.
        let failed = |m: String| HostCallError::Failed(self.policy.redact(&format!("fetch: {m}")));
        let invalid = |m: String| HostCallError::InvalidArguments(m);
        let mut url = Url::parse(&args.url).map_err(|e| invalid(format!("bad URL '{}': {e}", args.url)))?;
        let mut method = match args.method.as_deref() {
            None => Method::GET,
            Some(m) => Method::from_bytes(m.to_ascii_uppercase().as_bytes())
                .map_err(|_| invalid(format!("bad method '{m}'")))?,
        };
        self.policy.check(&url, method.as_str()).map_err(failed)?;
        let mut headers = HeaderMap::new();
        for (name, value) in args.headers.unwrap_or_default() {
            let name =
                HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid(format!("bad header name '{name}'")))?;
            if name == reqwest::header::HOST {
                return Err(invalid("the Host header follows the URL and cannot be set".into()));
            }
            let value = HeaderValue::from_str(&value).map_err(|_| invalid(format!("bad value for header '{name}'")))?;
            headers.append(name, value);
        }
        let mut body = args.body;
        let mut hops = 0;
        loop {
            // The host's headers for this hop's host, over the program's.
            let mut sent = headers.clone();
            for (name, value) in self.policy.injected(&url) {
                let value = HeaderValue::from_str(value).map_err(|_| failed("an injected header is invalid".into()))?;
                sent.insert(HeaderName::from_bytes(name.as_bytes()).expect("checked when injected"), value);
            }
            let mut request = self.client.request(method.clone(), url.clone()).headers(sent);
            if let Some(b) = &body {
                request = request.body(b.clone());
            }
            let response = request.send().await.map_err(|e| failed(describe(&e)))?;
            let status = response.status();
            let location = response.headers().get(LOCATION).and_then(|l| l.to_str().ok());
            if let (true, Some(location)) = (status.is_redirection(), location) {
                hops += 1;
                if hops > self.policy.max_redirects {
                    return Err(failed(format!("more than {} redirects", self.policy.max_redirects)));
                }
                let next = url.join(location).map_err(|e| failed(format!("bad redirect '{location}': {e}")))?;
                let keeps_method = matches!(status, StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT);
                let next_method = if keeps_method || method == Method::HEAD { method.clone() } else { Method::GET };
                self.policy.check(&next, next_method.as_str()).map_err(|m| failed(format!("redirect refused: {m}")))?;
                if next.host() != url.host() {
                    for secret in [AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION] {
                        headers.remove(secret);
                    }
                }
                if !keeps_method && method != Method::HEAD {
                    method = next_method;
                    body = None;
                }
                url = next;
                continue;
            }
            return self.read(response).await;
        }
    }

    async fn read(&self, mut response: reqwest::Response) -> Result<Value, HostCallError> {
        let max = self.policy.max_response;
        let too_big = || HostCallError::Limit(format!("fetch: the response body exceeds {max} bytes"));
        if response.content_length().is_some_and(|n| n > max as u64) {
            return Err(too_big());
        }
        let status = response.status().as_u16();
        let url = self.policy.redact(response.url().as_str());
        let mut headers = serde_json::Map::new();
        for (name, value) in response.headers() {
            let value = self.policy.redact(&String::from_utf8_lossy(value.as_bytes()));
            match headers.get_mut(name.as_str()) {
                Some(Value::String(existing)) => {
                    existing.push_str(", ");
                    existing.push_str(&value);
                }
                _ => {
                    headers.insert(name.as_str().to_string(), Value::String(value));
                }
            }
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| HostCallError::Failed(self.policy.redact(&format!("fetch: {}", describe(&e)))))?
        {
            if body.len() + chunk.len() > max {
                return Err(too_big());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(json!({
            "status": status,
            "url": url,
            "headers": headers,
            "body": self.policy.redact(&String::from_utf8_lossy(&body)),
        }))
    }
}

/// The most telling message in a client error's chain: our own refusal if
/// the resolver refused, otherwise the error and its causes.
fn describe(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut parts = Vec::new();
    while let Some(err) = source {
        if let Some(refused) = err.downcast_ref::<Refused>() {
            return refused.0.clone();
        }
        parts.push(err.to_string());
        source = err.source();
    }
    if e.is_timeout() {
        return "the request timed out".into();
    }
    parts.join(": ")
}
