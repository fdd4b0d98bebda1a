package org.wsisanalytics.app.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a partitioned stage the way ingest and analysis both run: a manager step that cuts the run into ranges of
 * input positions ({@link PositionRangePartitioner}) and a worker step that runs once per range on the worker
 * threads, reading, processing and writing in chunks of {@code wsis.job.chunk-size}, its progress logged through
 * {@link ProgressListener}.
 */
final class PartitionedSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final TaskExecutor workers;
    private final int threads;
    private final int chunkSize;
    private final ProgressLog progress;

    PartitionedSteps(
            JobRepository repository,
            PlatformTransactionManager tx,
            TaskExecutor workers,
            int threads,
            int chunkSize,
            ProgressLog progress) {
        this.repository = repository;
        this.tx = tx;
        this.workers = workers;
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.progress = progress;
    }

    /**
     * The manager step of {@code stage}. The reader, processor and writer are step-scoped beans: each partition's
     * worker execution gets its own, bounded by the range in its execution context.
     */
    <I, O> Step stage(
            Stage stage,
            Partitioner partitioner,
            ItemReader<I> reader,
            ItemProcessor<I, O> processor,
            ItemWriter<O> writer,
            ProgressListener.TotalItems total) {
        Step worker = new StepBuilder(stage.workerStepName(), repository)
                .<I, O>chunk(chunkSize)
                .transactionManager(tx)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(ProgressListener.<O>forWorker(stage, progress))
                .build();
        return new StepBuilder(stage.stepName(), repository)
                .partitioner(stage.workerStepName(), partitioner)
                .step(worker)
                .gridSize(threads)
                .taskExecutor(workers)
                .listener(ProgressListener.forManager(stage, progress, repository, total))
                .build();
    }
}
