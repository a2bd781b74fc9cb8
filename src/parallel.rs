//! Work split over threads with results in input order, so output never depends on scheduling.

/// Runs `work` on each input, one scoped thread per input beyond the first (which runs on the
/// calling thread), and returns the results in input order. A panic in a worker is re-raised.
pub(crate) fn map_in_order<T: Sync, R: Send>(
    inputs: &[T],
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let Some((first, rest)) = inputs.split_first() else {
        return Vec::new();
    };
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = rest
            .iter()
            .map(|input| scope.spawn(move || work(input)))
            .collect();
        let mut results = Vec::with_capacity(inputs.len());
        results.push(work(first));
        results.extend(handles.into_iter().map(|h| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        }));
        results
    })
}

/// How many threads are worth starting.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_input_order() {
        let inputs: Vec<u64> = (0..8).collect();
        let squares = super::map_in_order(&inputs, |n| {
            std::thread::sleep(std::time::Duration::from_millis(8 - n));
            n * n
        });
        assert_eq!(squares, [0, 1, 4, 9, 16, 25, 36, 49]);
        assert!(super::map_in_order(&[] as &[u8], |_| 0).is_empty());
    }
}
