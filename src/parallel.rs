//! Work split over threads with results in input order, so output never depends on scheduling.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work` on every input with at most `threads` workers and hands each result to `emit`,
/// on the calling thread and in input order, as soon as every earlier result has been handed
/// over: output appears early and never depends on scheduling. A panic in a worker is re-raised.
///
/// The calling thread is one of the workers. Besides saving a thread, this puts its share of
/// what `work` allocates in the main heap, which glibc grows 128 KiB at a time, where a new
/// thread's heap is grown one page per system call.
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
    let take = || {
        let index = next.fetch_add(1, Ordering::Relaxed);
        inputs.get(index).map(|input| (index, input))
    };
    let (sender, results) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 1..threads.min(inputs.len()) {
            let (sender, take, work) = (sender.clone(), &take, &work);
            scope.spawn(move || {
                while let Some((index, input)) = take() {
                    if sender.send((index, work(input))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut in_order = InOrder::default();
        while let Some((index, input)) = take() {
            in_order.add(index, work(input), &mut emit);
            for (index, result) in results.try_iter() {
                in_order.add(index, result, &mut emit);
            }
        }
        for (index, result) in results {
            in_order.add(index, result, &mut emit);
        }
    });
}

/// Results that arrived before an earlier one, held until they are due.
struct InOrder<R> {
    early: BTreeMap<usize, R>,
    due: usize,
}

impl<R> Default for InOrder<R> {
    fn default() -> Self {
        InOrder {
            early: BTreeMap::new(),
            due: 0,
        }
    }
}

impl<R> InOrder<R> {
    fn add(&mut self, index: usize, result: R, emit: &mut impl FnMut(R)) {
        self.early.insert(index, result);
        while let Some(result) = self.early.remove(&self.due) {
            emit(result);
            self.due += 1;
        }
    }
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

    #[test]
    fn the_calling_thread_is_one_of_the_workers() {
        // Each input waits for the other, so two threads must hold one each at the same time.
        let both_started = std::sync::Barrier::new(2);
        let mut workers = Vec::new();
        super::stream_in_order(
            &[0, 1],
            2,
            |_| {
                both_started.wait();
                std::thread::current().id()
            },
            |id| workers.push(id),
        );
        assert!(workers.contains(&std::thread::current().id()));
        assert_ne!(workers[0], workers[1]);
    }
}
