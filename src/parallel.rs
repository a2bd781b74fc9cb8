//! Work split over threads with results in input order, so output never depends on scheduling.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work` on every input with at most `threads` workers and hands each result to `emit`,
/// on the calling thread and in input order, as soon as every earlier result has been handed
/// over: output appears early and never depends on scheduling. A panic in a worker is re-raised.
pub(crate) fn stream_in_order<T: Sync, R: Send>(
    inputs: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R),
) {
    if threads <= 1 || inputs.len() <= 1 {
        inputs.iter().for_each(|input| emit(work(input)));
        return;
    }
    let next = AtomicUsize::new(0);
    let (sender, results) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, inputs.len().max(1)) {
            let (sender, next, work) = (sender.clone(), &next, &work);
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(index) else {
                        break;
                    };
                    if sender.send((index, work(input))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut early = BTreeMap::new();
        let mut due = 0;
        for (index, result) in results {
            early.insert(index, result);
            while let Some(result) = early.remove(&due) {
                emit(result);
                due += 1;
            }
        }
    });
}

/// How many threads are worth starting.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    #[test]
    fn streamed_results_come_in_input_order_from_few_workers() {
        let inputs: Vec<u64> = (0..20).collect();
        let mut seen = Vec::new();
        super::stream_in_order(
            &inputs,
            3,
            |n| {
                std::thread::sleep(std::time::Duration::from_millis(20 - n));
                (*n, std::thread::current().id())
            },
            |result| seen.push(result),
        );
        let order: Vec<u64> = seen.iter().map(|(n, _)| *n).collect();
        assert_eq!(order, inputs);
        let mut workers: Vec<_> = seen.iter().map(|(_, id)| *id).collect();
        workers.sort_by_key(|id| format!("{id:?}"));
        workers.dedup();
        assert!(workers.len() <= 3, "{} workers", workers.len());
        super::stream_in_order(&[] as &[u8], 4, |_| 0, |_| panic!("no input, no result"));
    }
}
