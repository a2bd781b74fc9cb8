//! The preview's web server, on 127.0.0.1 only:
//!
//! | request | answer |
//! |---|---|
//! | `GET /`, `/app.js`, `/style.css` | the page |
//! | `GET /state?after=N` | the [`Snapshot`] as JSON, once it is newer than version N (a long poll: at most [`POLL`]) |
//! | `GET /page.svg?h=…` | a page of the snapshot, by the address the snapshot gives it |
//! | `POST /open` | opens a [`Location`] of the document in the editor |
//!
//! Only requests addressed to 127.0.0.1 or localhost at the server's port are answered (a web
//! page elsewhere cannot reach it by a name of its own, DNS rebinding), and `POST /open` only
//! from the preview's own page (its `Origin`). The page's text is data the script puts in with
//! `textContent`, and the content security policy allows no other script.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use super::{Location, Preview, Snapshot};

/// The longest a request for the next snapshot waits; the page asks again after it.
const POLL: Duration = Duration::from_secs(25);

/// The most a request to open a place may send.
const MAX_BODY: usize = 64 * 1024;

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("app.js");
const STYLE: &str = include_str!("style.css");

type Answer = Response<Full<Bytes>>;

/// The server, listening.
pub struct Server {
    listener: TcpListener,
    address: SocketAddr,
}

impl Server {
    /// Listens on 127.0.0.1 at `port` (any free port when 0).
    pub fn bind(port: u16) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let address = listener
            .local_addr()
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        Ok(Server { listener, address })
    }

    /// The page's address.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Answers requests until the process ends, on a runtime of one thread; a long poll waits
    /// on a thread of tokio's blocking pool. `on_first_poll` is called when a page first asks
    /// for a new version: a browser is showing the preview.
    pub fn serve(
        self,
        preview: Arc<Preview>,
        on_first_poll: impl FnOnce() + Send + 'static,
    ) -> Result<(), String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        runtime.block_on(self.accept(preview, on_first_poll))
    }

    async fn accept(
        self,
        preview: Arc<Preview>,
        on_first_poll: impl FnOnce() + Send + 'static,
    ) -> Result<(), String> {
        let failed = |e: std::io::Error| format!("the server stopped: {e}");
        self.listener.set_nonblocking(true).map_err(failed)?;
        let listener = tokio::net::TcpListener::from_std(self.listener).map_err(failed)?;
        let port = self.address.port();
        let first_poll = Arc::new(std::sync::Mutex::new(Some(on_first_poll)));
        loop {
            // A connection refused (out of descriptors) leaves the server serving the others.
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let (preview, first_poll) = (Arc::clone(&preview), Arc::clone(&first_poll));
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                let (preview, first_poll) = (Arc::clone(&preview), Arc::clone(&first_poll));
                async move {
                    if request.uri().path() == "/state"
                        && let Some(first) = first_poll.lock().ok().and_then(|mut f| f.take())
                    {
                        first();
                    }
                    Ok::<_, Infallible>(answer(request, preview, port).await)
                }
            });
            tokio::spawn(async move {
                // A browser that goes away mid-answer is no concern of the server's.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    }
}

async fn answer(request: Request<Incoming>, preview: Arc<Preview>, port: u16) -> Answer {
    if !addressed_to_us(&request, port) {
        return text(StatusCode::FORBIDDEN, "forbidden");
    }
    let path = request.uri().path().to_string();
    let query = request.uri().query().unwrap_or_default().to_string();
    match (request.method().clone(), path.as_str()) {
        (Method::GET, "/") => asset(PAGE, "text/html; charset=utf-8"),
        (Method::GET, "/app.js") => asset(SCRIPT, "text/javascript; charset=utf-8"),
        (Method::GET, "/style.css") => asset(STYLE, "text/css; charset=utf-8"),
        (Method::GET, "/state") => {
            let after = query
                .strip_prefix("after=")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let waited = tokio::task::spawn_blocking(move || preview.newer_than(after, POLL)).await;
            match waited {
                Ok(snapshot) => json(&*snapshot),
                Err(_) => text(StatusCode::INTERNAL_SERVER_ERROR, "the preview stopped"),
            }
        }
        (Method::GET, "/page.svg") => page(&preview.snapshot(), &format!("{path}?{query}")),
        // Browsers ask for it; an empty answer keeps their console free of a 404.
        (Method::GET, "/favicon.ico") => respond(StatusCode::NO_CONTENT, "", Bytes::new()),
        (Method::POST, "/open") if from_our_page(&request, port) => open(request, &preview).await,
        (Method::POST, "/open") => text(StatusCode::FORBIDDEN, "forbidden"),
        _ => text(StatusCode::NOT_FOUND, "not found"),
    }
}

/// Whether the request names this server as 127.0.0.1 or localhost at its port.
fn addressed_to_us(request: &Request<Incoming>, port: u16) -> bool {
    let host = request.headers().get(header::HOST);
    host.is_some_and(|host| {
        [format!("127.0.0.1:{port}"), format!("localhost:{port}")]
            .iter()
            .any(|ours| host.as_bytes() == ours.as_bytes())
    })
}

/// Whether a request that acts comes from the preview's own page: browsers name the page's
/// origin on every POST.
fn from_our_page(request: &Request<Incoming>, port: u16) -> bool {
    let origin = request.headers().get(header::ORIGIN);
    origin.is_some_and(|origin| {
        [
            format!("http://127.0.0.1:{port}"),
            format!("http://localhost:{port}"),
        ]
        .iter()
        .any(|ours| origin.as_bytes() == ours.as_bytes())
    })
}

/// The page of the snapshot at `url`; 404 when it has been replaced since.
fn page(snapshot: &Snapshot, url: &str) -> Answer {
    match snapshot.pages.iter().find(|p| p.url == url) {
        Some(page) => {
            let svg = Bytes::copy_from_slice(page.svg.as_bytes());
            let mut answer = respond(StatusCode::OK, "image/svg+xml", svg);
            // Its address changes with its content.
            answer.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("max-age=31536000, immutable"),
            );
            answer
        }
        None => text(StatusCode::NOT_FOUND, "this page has been typeset anew"),
    }
}

/// Opens the location in the body in the editor, if one was given; answers what was done.
async fn open(request: Request<Incoming>, preview: &Preview) -> Answer {
    let body = Limited::new(request.into_body(), MAX_BODY).collect().await;
    let Some(location) = body
        .ok()
        .and_then(|b| serde_json::from_slice::<Location>(&b.to_bytes()).ok())
    else {
        return text(
            StatusCode::BAD_REQUEST,
            "a location is {path, file, line, column}",
        );
    };
    let Ok(path) = std::path::absolute(&location.path) else {
        return text(StatusCode::BAD_REQUEST, "no such path");
    };
    if !preview.is_document_file(&path) {
        return text(StatusCode::FORBIDDEN, "not a file of this document");
    }
    let opened = match &preview.options.editor {
        Some(editor) => run_editor(editor, &path, &location),
        None => Ok(false),
    };
    match opened {
        Ok(opened) => json(&serde_json::json!({ "opened": opened })),
        Err(message) => json(&serde_json::json!({ "opened": false, "error": message })),
    }
}

/// Runs the editor command on the place, without a shell: each word is one argument, with
/// `{file}`, `{line}` and `{column}` replaced. Whether it started.
fn run_editor(editor: &str, path: &Path, location: &Location) -> Result<bool, String> {
    let words: Vec<String> = editor
        .split_whitespace()
        .map(|word| {
            word.replace("{file}", &path.display().to_string())
                .replace("{line}", &location.line.to_string())
                .replace("{column}", &location.column.to_string())
        })
        .collect();
    let Some((program, arguments)) = words.split_first() else {
        return Ok(false);
    };
    let mut child = Command::new(program)
        .args(arguments)
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    // Reaped when it ends, so that no zombie is left behind.
    std::thread::spawn(move || child.wait());
    Ok(true)
}

fn asset(body: &'static str, content_type: &'static str) -> Answer {
    let mut answer = respond(
        StatusCode::OK,
        content_type,
        Bytes::from_static(body.as_bytes()),
    );
    answer.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
        ),
    );
    answer
}

fn json(value: &impl serde::Serialize) -> Answer {
    let body = serde_json::to_vec(value).unwrap_or_default();
    respond(StatusCode::OK, "application/json", Bytes::from(body))
}

fn text(status: StatusCode, body: &'static str) -> Answer {
    respond(
        status,
        "text/plain; charset=utf-8",
        Bytes::from_static(body.as_bytes()),
    )
}

/// An answer not to be cached (the page and its state change with every build).
fn respond(status: StatusCode, content_type: &'static str, body: Bytes) -> Answer {
    let mut answer = Response::new(Full::new(body));
    *answer.status_mut() = status;
    let headers = answer.headers_mut();
    if !content_type.is_empty() {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    answer
}
