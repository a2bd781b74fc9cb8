//! `perfc lsp`: a language server over stdin/stdout for editors. Synchronous and in order
//! (lsp-server, rust-analyzer's scaffold): changes are checked once the messages waiting have
//! been read, or before a request is answered, so a burst of keystrokes is checked once, at its
//! last text, and findings never come from an older text than the one the editor shows. Only
//! the files whose findings changed (and the one edited) are published again; `.perf` files
//! changed on disk are checked again when the client watches files for the server.
//!
//! Diagnostics on open and change (the checker's codes, related spans), hover, completion,
//! go-to-definition for unit references and includes, document and workspace symbols,
//! references and rename of codes, inlay hints, folding, and formatting by `perfc fmt` (the whole
//! document, or the top-level items a range touches), semantic tokens.

mod actions;
mod buffers;
mod codes;
mod completion;
mod diagnostics;
mod folding;
mod hints;
mod hover;
mod navigation;
mod position;
mod semantic;
pub mod transport;
mod uri;

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{self, AssertUnwindSafe};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, FoldingRangeRequest, Formatting,
    GotoDefinition, HoverRequest, InlayHintRequest, RangeFormatting, References,
    RegisterCapability, Rename, Request as _, SemanticTokensFullRequest, WorkspaceSymbolRequest,
};
use lsp_types::{
    CodeActionParams, CodeActionProviderCapability, CompletionOptions, CompletionParams,
    CompletionResponse, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DocumentFormattingParams, DocumentRangeFormattingParams,
    DocumentSymbolParams, DocumentSymbolResponse, FileSystemWatcher, FoldingRangeParams,
    FoldingRangeProviderCapability, GlobPattern, GotoDefinitionParams, GotoDefinitionResponse,
    HoverParams, HoverProviderCapability, InitializeParams, InlayHintParams, OneOf, Position,
    PublishDiagnosticsParams, ReferenceParams, Registration, RegistrationParams, RenameParams,
    SemanticTokensFullOptions, SemanticTokensOptions, SemanticTokensParams, SemanticTokensResult,
    SemanticTokensServerCapabilities, ServerCapabilities, TextDocumentPositionParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri, WorkspaceSymbolParams,
    WorkspaceSymbolResponse,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::diag::Lang;
use buffers::{Buffer, Buffers};

/// Serves until the client says `exit`. `lang` overrides the client's locale for messages.
/// Returns whether the client left without asking for `shutdown` first, which the protocol
/// answers with exit code 1.
pub fn run(lang: Option<Lang>) -> Result<bool, String> {
    let (connection, io_threads) = transport::stdio();
    let capabilities = serde_json::to_value(capabilities()).map_err(|e| format!("lsp: {e}"))?;
    let params = connection
        .initialize(capabilities)
        .map_err(|e| format!("lsp: {e}"))?;
    let params: InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("lsp: {e}"))?;
    let lang = lang.unwrap_or(match params.locale.as_deref() {
        Some(locale) if locale.starts_with("en") => Lang::En,
        _ => Lang::Zh,
    });
    let workspace = params.workspace_folders.iter().flatten();
    let buffers = Buffers::new(
        workspace
            .filter_map(|folder| uri::to_path(&folder.uri))
            .collect(),
    );
    let mut server = Server::new(&connection, buffers, lang);
    if watches_files(&params) {
        server.watch_perf_files().map_err(|e| format!("lsp: {e}"))?;
    }
    let abrupt = server.serve().map_err(|e| format!("lsp: {e}"))?;
    drop(connection);
    io_threads.join().map_err(|e| format!("lsp: {e}"))?;
    Ok(abrupt)
}

/// Serves the JSON-RPC messages of `lines` (one a line, as a client sends them after the
/// `initialize` handshake; a line that is not a message is left out) in memory, until they run
/// out: how many messages the server sent back. For the `lsp_messages` fuzz target, which holds
/// that no sequence of messages makes the server panic or hang.
#[doc(hidden)]
pub fn serve_lines(lines: &[u8]) -> usize {
    let (server_side, client) = Connection::memory();
    for line in lines.split(|&b| b == b'\n') {
        if let Ok(message) = serde_json::from_slice::<Message>(line) {
            let _ = client.sender.send(message);
        }
    }
    drop(client.sender);
    let mut server = Server::new(&server_side, Buffers::new(Vec::new()), Lang::Zh);
    let _ = server.serve();
    drop(server);
    drop(server_side);
    client.receiver.try_iter().count()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        // Incremental: a keystroke in a large document sends the keystroke, not the document.
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_string()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        inlay_hint_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_range_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: semantic::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                ..SemanticTokensOptions::default()
            },
        )),
        ..ServerCapabilities::default()
    }
}

/// Whether the client watches files for the server when asked (`workspace/didChangeWatchedFiles`
/// with dynamic registration): then files changed on disk are checked again as they change.
fn watches_files(params: &InitializeParams) -> bool {
    let watching = params.capabilities.workspace.as_ref();
    watching
        .and_then(|w| w.did_change_watched_files)
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false)
}

struct Server<'a> {
    connection: &'a Connection,
    buffers: Buffers,
    lang: Lang,
    /// What was last published for each URI, so that a check republishes only what changed.
    published: BTreeMap<String, Vec<lsp_types::Diagnostic>>,
    /// The documents edited since the last check: their findings are published even when the
    /// same, for the editor to know they are current.
    edited: BTreeSet<String>,
}

type Outcome = Result<(), Box<dyn std::error::Error>>;

impl<'a> Server<'a> {
    fn new(connection: &'a Connection, buffers: Buffers, lang: Lang) -> Server<'a> {
        Server {
            connection,
            buffers,
            lang,
            published: BTreeMap::new(),
            edited: BTreeSet::new(),
        }
    }

    /// Asks the client to tell of `.perf` files changed on disk (an include edited elsewhere,
    /// a `git checkout`).
    fn watch_perf_files(&self) -> Outcome {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.perf".to_string()),
                kind: None,
            }],
        };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "perfc-watch-perf-files".to_string(),
                method: DidChangeWatchedFiles::METHOD.to_string(),
                register_options: Some(serde_json::to_value(options)?),
            }],
        };
        let request = Request::new(
            "perfc-watch".to_string().into(),
            RegisterCapability::METHOD.to_string(),
            params,
        );
        Ok(self.connection.sender.send(Message::Request(request))?)
    }

    /// Answers until `shutdown` and `exit` (`Ok(false)`), or until `exit` alone or the end of
    /// the input (`Ok(true)`). Changes are checked once no message is waiting, or before a
    /// request is answered: a burst of keystrokes is checked once, at its last text.
    fn serve(&mut self) -> Result<bool, Box<dyn std::error::Error>> {
        while let Ok(message) = self.connection.receiver.recv() {
            match message {
                Message::Request(request) => {
                    if self.connection.handle_shutdown(&request)? {
                        return Ok(false);
                    }
                    self.check_pending()?;
                    let response = self.respond(request);
                    self.connection.sender.send(Message::Response(response))?;
                }
                Message::Notification(notification) if notification.method == "exit" => {
                    return Ok(true);
                }
                Message::Notification(notification) => self.notification(notification)?,
                Message::Response(_) => {}
            }
            if self.connection.receiver.is_empty() {
                self.check_pending()?;
            }
        }
        Ok(true)
    }

    /// Checks the documents changed since their last check, and publishes what changed.
    fn check_pending(&mut self) -> Outcome {
        let publications = self.buffers.check_pending();
        self.publish_all(publications)?;
        self.edited.clear();
        Ok(())
    }

    fn respond(&self, request: Request) -> Response {
        let lang = self.lang;
        match request.method.as_str() {
            HoverRequest::METHOD => self.at_position(
                request,
                |p: &HoverParams| &p.text_document_position_params,
                |d, offset| hover::hover(d, offset, lang),
            ),
            Completion::METHOD => self.at_position(
                request,
                |p: &CompletionParams| &p.text_document_position,
                |d, offset| Some(CompletionResponse::Array(completion::complete(d, offset))),
            ),
            GotoDefinition::METHOD => self.at_position(
                request,
                |p: &GotoDefinitionParams| &p.text_document_position_params,
                |d, offset| navigation::definition(d, offset).map(GotoDefinitionResponse::Scalar),
            ),
            DocumentSymbolRequest::METHOD => self.at_position(
                request,
                |p: &DocumentSymbolParams| p,
                |d, _| Some(DocumentSymbolResponse::Nested(navigation::symbols(d))),
            ),
            FoldingRangeRequest::METHOD => self.at_position(
                request,
                |p: &FoldingRangeParams| p,
                |d, _| Some(folding::folding_ranges(d)),
            ),
            Formatting::METHOD => self.at_position(
                request,
                |p: &DocumentFormattingParams| p,
                |d, _| folding::formatting(d),
            ),
            RangeFormatting::METHOD => self
                .in_range::<DocumentRangeFormattingParams, _>(request, folding::range_formatting),
            CodeActionRequest::METHOD => {
                let lang = self.lang;
                self.in_range::<CodeActionParams, _>(request, |d, start, end| {
                    Some(actions::code_actions(d, start, end, lang))
                })
            }
            SemanticTokensFullRequest::METHOD => self.at_position(
                request,
                |p: &SemanticTokensParams| p,
                |d, _| Some(SemanticTokensResult::Tokens(semantic::semantic_tokens(d))),
            ),
            InlayHintRequest::METHOD => self.at_position(
                request,
                |p: &InlayHintParams| p,
                |d, _| Some(hints::inlay_hints(d)),
            ),
            References::METHOD => self.at_position(
                request,
                |p: &ReferenceParams| &p.text_document_position,
                codes::references,
            ),
            Rename::METHOD => self.rename(request),
            WorkspaceSymbolRequest::METHOD => {
                match serde_json::from_value::<WorkspaceSymbolParams>(request.params) {
                    Ok(params) => {
                        let symbols =
                            navigation::workspace_symbols(self.buffers.all(), &params.query);
                        Response::new_ok(request.id, WorkspaceSymbolResponse::Flat(symbols))
                    }
                    Err(e) => {
                        let code = ErrorCode::InvalidParams as i32;
                        Response::new_err(request.id, code, e.to_string())
                    }
                }
            }
            _ => Response::new_err(
                request.id,
                ErrorCode::MethodNotFound as i32,
                format!("unsupported: {}", request.method),
            ),
        }
    }

    /// Renames a code, or says why the new name cannot be one.
    fn rename(&self, request: Request) -> Response {
        let params: RenameParams = match serde_json::from_value(request.params.clone()) {
            Ok(params) => params,
            Err(e) => {
                let code = ErrorCode::InvalidParams as i32;
                return Response::new_err(request.id, code, e.to_string());
            }
        };
        let refused = std::cell::RefCell::new(None);
        let response = self.at_position(
            request,
            |p: &RenameParams| &p.text_document_position,
            |d, offset| match codes::rename(d, offset, &params.new_name) {
                Ok(edit) => edit,
                Err(why) => {
                    *refused.borrow_mut() = Some(why);
                    None
                }
            },
        );
        match refused.into_inner() {
            Some(why) => Response::new_err(response.id, ErrorCode::InvalidParams as i32, why),
            None => response,
        }
    }

    /// Answers a request about a range of an open document, with its start and end offsets.
    fn in_range<P: DeserializeOwned + Target, R: Serialize>(
        &self,
        request: Request,
        answer: impl Fn(&Buffer, usize, usize) -> Option<R>,
    ) -> Response {
        let end = serde_json::from_value::<P>(request.params.clone())
            .ok()
            .and_then(|p| p.range_end());
        self.at_position(
            request,
            |p: &P| p,
            |d, start| {
                let end = end.map_or(start, |e| position::offset(&d.text, e));
                answer(d, start, end)
            },
        )
    }

    /// Answers a request about an open document (at a position in it, for most requests).
    fn at_position<P: DeserializeOwned, R: Serialize>(
        &self,
        request: Request,
        target: impl Fn(&P) -> &dyn Target,
        answer: impl Fn(&Buffer, usize) -> Option<R>,
    ) -> Response {
        let params: P = match serde_json::from_value(request.params) {
            Ok(params) => params,
            Err(e) => {
                let code = ErrorCode::InvalidParams as i32;
                return Response::new_err(request.id, code, e.to_string());
            }
        };
        let target = target(&params);
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            let document = self.buffers.get(target.uri())?;
            let offset = target
                .position()
                .map_or(0, |p| position::offset(&document.text, p));
            answer(document, offset)
        }));
        match result {
            Ok(result) => Response::new_ok(request.id, result),
            Err(_) => {
                let code = ErrorCode::InternalError as i32;
                Response::new_err(request.id, code, "perfc failed on this request".to_string())
            }
        }
    }

    fn notification(&mut self, notification: Notification) -> Outcome {
        let Notification { method, params } = notification;
        let publications = match method.as_str() {
            DidOpenTextDocument::METHOD => match read::<DidOpenTextDocumentParams>(&method, params)
            {
                Some(params) => {
                    let uri = params.text_document.uri;
                    self.edited.insert(uri.as_str().to_string());
                    self.buffers.open(uri, params.text_document.text)
                }
                None => Vec::new(),
            },
            DidChangeTextDocument::METHOD => {
                match read::<DidChangeTextDocumentParams>(&method, params) {
                    Some(params) => {
                        let uri = params.text_document.uri;
                        self.edited.insert(uri.as_str().to_string());
                        self.buffers.change(uri, params.content_changes)
                    }
                    None => Vec::new(),
                }
            }
            DidChangeWatchedFiles::METHOD => {
                for change in read::<DidChangeWatchedFilesParams>(&method, params)
                    .map(|p| p.changes)
                    .unwrap_or_default()
                {
                    let path = buffers::key(&change.uri);
                    // An open file's text is the editor's, whatever is on disk.
                    if !self.buffers.is_open(&path) {
                        self.buffers.changed(&path);
                    }
                }
                Vec::new()
            }
            DidCloseTextDocument::METHOD => {
                match read::<DidCloseTextDocumentParams>(&method, params) {
                    Some(params) => self.buffers.close(&params.text_document.uri),
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
        self.publish_all(publications)
    }

    /// Publishes the findings of each URI that differ from those last published, or whose
    /// document was edited.
    fn publish_all(&mut self, publications: Vec<buffers::Publication>) -> Outcome {
        for (uri, findings) in publications {
            let found = findings
                .map(|(analysis, file)| diagnostics::convert(&analysis, file, self.lang))
                .unwrap_or_default();
            let key = uri.as_str().to_string();
            if self.published.get(&key) == Some(&found) && !self.edited.contains(&key) {
                continue;
            }
            self.published.insert(key, found.clone());
            self.publish(uri, found)?;
        }
        self.buffers.let_go();
        Ok(())
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>) -> Outcome {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        };
        let method = PublishDiagnostics::METHOD.to_string();
        let notification = Notification::new(method, params);
        Ok(self
            .connection
            .sender
            .send(Message::Notification(notification))?)
    }
}

/// A notification's parameters. A notification has no answer, so one whose parameters do not
/// read is ignored (and said so on standard error), as the protocol asks: it does not stop the
/// server.
fn read<P: serde::de::DeserializeOwned>(method: &str, params: serde_json::Value) -> Option<P> {
    serde_json::from_value(params)
        .map_err(|e| eprintln!("perfc lsp: {method} ignored: {e}"))
        .ok()
}

/// The document a request is about, and the position in it if it has one.
trait Target {
    fn uri(&self) -> &Uri;
    fn position(&self) -> Option<Position>;

    /// Where the range ends, for a request about a range (its start is the position).
    fn range_end(&self) -> Option<Position> {
        None
    }
}

/// Requests about a range of a document.
macro_rules! range_targets {
    ($($params:ty),*) => {$(
        impl Target for $params {
            fn uri(&self) -> &Uri {
                &self.text_document.uri
            }

            fn position(&self) -> Option<Position> {
                Some(self.range.start)
            }

            fn range_end(&self) -> Option<Position> {
                Some(self.range.end)
            }
        }
    )*};
}

range_targets!(CodeActionParams, DocumentRangeFormattingParams);

impl Target for TextDocumentPositionParams {
    fn uri(&self) -> &Uri {
        &self.text_document.uri
    }

    fn position(&self) -> Option<Position> {
        Some(self.position)
    }
}

/// Requests about a whole document.
macro_rules! whole_document_targets {
    ($($params:ty),*) => {$(
        impl Target for $params {
            fn uri(&self) -> &Uri {
                &self.text_document.uri
            }

            fn position(&self) -> Option<Position> {
                None
            }
        }
    )*};
}

whole_document_targets!(
    SemanticTokensParams,
    DocumentSymbolParams,
    FoldingRangeParams,
    DocumentFormattingParams,
    InlayHintParams
);
