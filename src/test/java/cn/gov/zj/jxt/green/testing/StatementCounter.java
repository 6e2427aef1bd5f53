package cn.gov.zj.jxt.green.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;

/**
 * Counts the SQL statements EclipseLink sends while a piece of work runs on the calling thread: a listener on the
 * persistence unit's server session, which every client session and unit of work copies when it starts, sees each
 * call before it executes. Added only for the work and removed after it, and only in the test
 * deployment: the shipped persistence unit has no profiler.
 */
@ApplicationScoped
public class StatementCounter {

    /** The statements one piece of work sent, in order, and what it returned. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    public <T> Counted<T> count(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == thread) {
                    Call call = event.getCall();
                    statements.add(call instanceof DatabaseCall db ? db.getSQLString() : String.valueOf(call));
                }
            }
        };
        SessionEventManager events = emf.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
        events.addListener(listener);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            events.removeListener(listener);
        }
    }
}
