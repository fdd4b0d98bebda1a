package org.wsisanalytics.app.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Feeds the {@link ProgressLog} from the steps of a partitioned stage. Each worker step execution counts the items
 * it wrote under {@link #DONE} in its own execution context, which Spring Batch stores after every chunk and hands
 * back to the execution that restarts it; the manager step reads those counts to tell the log how much of a
 * restarted stage an earlier attempt already did.
 */
final class ProgressListener {

    /** The items a worker step execution has written, in its execution context. */
    static final String DONE = "wsis.progress.done";

    private ProgressListener() {}

    /** For the manager step: the stage's total, and what completed partitions of earlier attempts did. */
    static StepExecutionListener forManager(
            Stage stage, ProgressLog progress, JobRepository repository, TotalItems total) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution manager) {
                String runId = manager.getJobExecution().getJobParameters().getString(RunParameters.RUN_ID);
                progress.expect(stage.label(), total.of(runId), completedEarlier(repository, manager, stage));
            }
        };
    }

    /** For the worker step: counts what each chunk wrote; a restarted partition starts from what it had done. */
    static <O> Worker<O> forWorker(Stage stage, ProgressLog progress) {
        return new Worker<>(stage, progress);
    }

    private static long completedEarlier(JobRepository repository, StepExecution manager, Stage stage) {
        long done = 0;
        for (int i = 0; ; i++) {
            StepExecution last = repository.getLastStepExecution(
                    manager.getJobExecution().getJobInstance(),
                    stage.workerStepName() + ":" + PositionRangePartitioner.PARTITION + i);
            if (last == null) {
                return done;
            }
            if (last.getStatus() == BatchStatus.COMPLETED && last.getJobExecutionId() != manager.getJobExecutionId()) {
                done += last.getExecutionContext().getLong(DONE, 0);
            }
        }
    }

    /** How many items a stage has for a run. */
    @FunctionalInterface
    interface TotalItems {
        long of(String runId);
    }

    /** The worker step's listener; one instance serves every partition, each on its own thread. */
    static final class Worker<O> implements StepExecutionListener, ItemWriteListener<O> {

        private final Stage stage;
        private final ProgressLog progress;

        private Worker(Stage stage, ProgressLog progress) {
            this.stage = stage;
            this.progress = progress;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            progress.add(stage.label(), stepExecution.getExecutionContext().getLong(DONE, 0));
        }

        @Override
        public void afterWrite(Chunk<? extends O> items) {
            StepExecution execution = StepSynchronizationManager.getContext().getStepExecution();
            execution
                    .getExecutionContext()
                    .putLong(DONE, execution.getExecutionContext().getLong(DONE, 0) + items.size());
            progress.tick(stage.label(), stage.unit(), items.size());
        }
    }
}
