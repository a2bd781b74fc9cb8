//! The server's side of stdio, bounded: `lsp-server`'s own reader allocates whatever a
//! `Content-Length` claims and ends the server at the first message that does not parse. Here a
//! message larger than [`MAX_MESSAGE_BYTES`] is skipped without holding it, a body that is not a
//! JSON-RPC message is answered (a request with an id) or ignored (anything else), and a header
//! that is not one is skipped up to the next `Content-Length`: no byte stream ends the server
//! before its input does.

use std::io::{self, BufRead, Read, Write};
use std::thread::JoinHandle;

use lsp_server::{Connection, ErrorCode, Message, Response};

/// The largest message read: an editor sends a document's whole text on each change, and a
/// document is far smaller.
pub const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// The longest header line read.
const MAX_HEADER_BYTES: u64 = 8 << 10;

/// The reader and writer threads, to be joined when the server is done.
pub struct Threads {
    reader: JoinHandle<()>,
    writer: JoinHandle<io::Result<()>>,
}

impl Threads {
    pub fn join(self) -> Result<(), String> {
        self.reader
            .join()
            .map_err(|_| "the reader thread failed".to_string())?;
        self.writer
            .join()
            .map_err(|_| "the writer thread failed".to_string())?
            .map_err(|e| format!("cannot write to the editor: {e}"))
    }
}

/// A connection over standard input and output.
pub fn stdio() -> (Connection, Threads) {
    let (server, client) = Connection::memory();
    let Connection { sender, receiver } = client;
    // Answers to what the server never sees go out beside the server's own messages.
    let answers = server.sender.clone();
    let reader = std::thread::spawn(move || {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        while let Some(read) = next_message(&mut input) {
            let message = match read {
                Incoming::Message(message) => message,
                Incoming::Answered(answer) => {
                    // Answered as the protocol asks; the server's side never sees it.
                    let _ = answers.send(Message::Response(answer));
                    continue;
                }
                Incoming::Skipped => continue,
            };
            let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
            if sender.send(message).is_err() || exit {
                break;
            }
        }
    });
    let writer = std::thread::spawn(move || {
        let stdout = io::stdout();
        let mut output = stdout.lock();
        for message in receiver {
            message.write(&mut output)?;
            output.flush()?;
        }
        Ok(())
    });
    (server, Threads { reader, writer })
}

/// What the next message of the input is.
#[derive(Debug)]
enum Incoming {
    Message(Message),
    /// A request that does not read, with the error response it gets.
    Answered(Response),
    /// Anything else that does not read.
    Skipped,
}

/// The next message; `None` at the end of the input.
fn next_message(input: &mut impl BufRead) -> Option<Incoming> {
    let Some(length) = content_length(input)? else {
        return Some(Incoming::Skipped);
    };
    if length > MAX_MESSAGE_BYTES {
        eprintln!("perfc lsp: a message of {length} bytes skipped (at most {MAX_MESSAGE_BYTES})");
        let skipped = io::copy(&mut input.take(length as u64), &mut io::sink()).ok()?;
        return (skipped == length as u64).then_some(Incoming::Skipped);
    }
    // Grown as the bytes arrive: a length claimed is not memory taken.
    let mut body = Vec::new();
    input.take(length as u64).read_to_end(&mut body).ok()?;
    (body.len() == length).then(|| parse(&body))
}

/// How many messages, answers and skips `bytes` hold, read as the server reads its input (for
/// the `lsp` fuzz target).
#[doc(hidden)]
pub fn count_incoming(bytes: &[u8]) -> usize {
    let mut input = io::Cursor::new(bytes);
    std::iter::from_fn(|| next_message(&mut input)).count()
}

/// The `Content-Length` of the next header; `Some(None)` when the header had none (the lines up
/// to the next blank one are skipped); `None` at the end of the input.
fn content_length(input: &mut impl BufRead) -> Option<Option<usize>> {
    let mut length = None;
    loop {
        let mut line = Vec::new();
        let read = input
            .take(MAX_HEADER_BYTES)
            .read_until(b'\n', &mut line)
            .ok()?;
        if read == 0 {
            return None;
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            return Some(length);
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("Content-Length")
        {
            length = value.trim().parse().ok();
        }
    }
}

/// A body as a message, or the error response a request that does not read gets.
fn parse(body: &[u8]) -> Incoming {
    if let Ok(message) = serde_json::from_slice::<Message>(body) {
        return Incoming::Message(message);
    }
    eprintln!("perfc lsp: a message that is not JSON-RPC ignored");
    let id = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|value| serde_json::from_value(value.get("id")?.clone()).ok());
    match id {
        Some(id) => {
            let code = ErrorCode::InvalidRequest as i32;
            Incoming::Answered(Response::new_err(
                id,
                code,
                "not a JSON-RPC request perfc can read".into(),
            ))
        }
        None => Incoming::Skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn read_all(input: &str) -> Vec<Incoming> {
        let mut input = io::Cursor::new(input.as_bytes().to_vec());
        std::iter::from_fn(|| next_message(&mut input)).collect()
    }

    #[test]
    fn malformed_messages_are_skipped_and_requests_among_them_answered() {
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = [
            framed("[]"),
            framed(r#"{"jsonrpc":"2.0","id":7,"method":3}"#),
            framed("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"\\ud800\"}"),
            "garbage\r\n\r\n".to_string(),
            framed(good),
        ]
        .concat();
        let read = read_all(&input);
        assert_eq!(read.len(), 5);
        assert!(matches!(&read[0], Incoming::Skipped));
        match &read[1] {
            Incoming::Answered(answer) => assert_eq!(answer.id, 7.into()),
            other => panic!("{other:?}"),
        }
        assert!(matches!(&read[3], Incoming::Skipped));
        assert!(
            matches!(&read[4], Incoming::Message(Message::Notification(n)) if n.method == "initialized")
        );
    }

    #[test]
    fn an_oversized_message_is_skipped_without_being_held() {
        let body = "x".repeat(MAX_MESSAGE_BYTES + 1);
        let good = framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        let read = read_all(&format!("{}{good}", framed(&body)));
        assert_eq!(read.len(), 2);
        assert!(matches!(&read[0], Incoming::Skipped));
        assert!(matches!(&read[1], Incoming::Message(_)));
        // A length claimed but never sent ends the input, not the process.
        assert!(read_all("Content-Length: 99999999999999\r\n\r\n{}").len() <= 1);
    }
}
