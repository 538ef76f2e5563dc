import com.sun.jdi.Bootstrap;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Used by .ci/first-start-check: attaches to an application started with a JDWP agent (suspend=y) and kills it with
 * SIGKILL at an exact point inside Flyway migration number N, while the debugger holds every thread still, so the
 * process cannot get any further than that point. Flyway runs the SQL migrations one by one, each through
 * SqlMigrationExecutor.execute and each statement through DefaultSqlScriptExecutor.executeStatement, and commits each
 * migration's transaction with JdbcConnection.commit once it has recorded the migration in its schema history; the
 * debugger stops at these. Nothing in the application changes: the points are ordinary methods of Flyway and H2.
 *
 * <p>
 * Arguments: {@code <debug port> <pid> <N> <point>}, where point is {@code statement:K} (kill before statement K of
 * migration N runs, so K - 1 have run) or {@code commit} (kill when migration N's transaction is about to commit), or
 * {@code count} to kill nothing and print, once the application has exited, how many statements each migration ran
 * and whether it committed a transaction. Prints one line saying where the application was killed, or "not reached"
 * (and kills it all the same) if it got past migration N, or through two minutes, without reaching the point.
 */
public class KillInMigration {

    private static final String MIGRATION = "org.flywaydb.core.internal.resolver.sql.SqlMigrationExecutor";
    private static final String STATEMENT = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";
    private static final String COMMIT = "org.h2.jdbc.JdbcConnection";
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Map<String, String> METHODS = Map.of(MIGRATION, "execute", STATEMENT, "executeStatement",
            COMMIT, "commit");

    private final long pid;
    private final int target;
    private final String point;
    private final List<Integer> statements = new ArrayList<>();
    private final List<Boolean> committed = new ArrayList<>();
    private ThreadReference migrating;

    KillInMigration(long pid, int target, String point) {
        this.pid = pid;
        this.target = target;
        this.point = point;
    }

    public static void main(String[] args) throws Exception {
        KillInMigration killer = new KillInMigration(Long.parseLong(args[1]), Integer.parseInt(args[2]), args[3]);
        killer.run(attach(Integer.parseInt(args[0])));
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector connector = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = connector.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        for (int attempt = 1;; attempt++) {
            try {
                return connector.attach(arguments);
            } catch (IOException notListeningYet) {
                if (attempt == 200) {
                    throw notListeningYet;
                }
                Thread.sleep(50);
            }
        }
    }

    private void run(VirtualMachine vm) throws InterruptedException {
        EventRequestManager requests = vm.eventRequestManager();
        for (String type : METHODS.keySet()) {
            var prepare = requests.createClassPrepareRequest();
            prepare.addClassFilter(type);
            prepare.setSuspendPolicy(EventRequest.SUSPEND_ALL);
            prepare.enable();
            vm.classesByName(type).forEach(loaded -> stopIn(requests, loaded));
        }
        vm.resume();
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
        try {
            while (point.equals("count") || (Instant.now().isBefore(deadline) && statements.size() <= target)) {
                EventSet events = vm.eventQueue().remove(1000);
                if (events == null) {
                    continue;
                }
                for (Event event : events) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        stopIn(requests, prepared.referenceType());
                    } else if (event instanceof BreakpointEvent breakpoint && reached(breakpoint)) {
                        kill();
                        System.out.println(where());
                        return;
                    }
                }
                events.resume();
            }
            kill();
            System.out.println("not reached");
        } catch (VMDisconnectedException exited) {
            System.out.println(point.equals("count") ? counts() : "not reached");
        }
    }

    private void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static void stopIn(EventRequestManager requests, ReferenceType type) {
        for (Method method : type.methodsByName(METHODS.get(type.name()))) {
            if (method.location() != null && (!type.name().equals(COMMIT) || method.argumentTypeNames().isEmpty())) {
                var breakpoint = requests.createBreakpointRequest(method.location());
                breakpoint.setSuspendPolicy(EventRequest.SUSPEND_ALL);
                breakpoint.enable();
            }
        }
    }

    /** Counts what the migrating thread does and says whether the kill point is reached. */
    private boolean reached(BreakpointEvent event) {
        String type = event.location().declaringType().name();
        if (type.equals(MIGRATION)) {
            migrating = event.thread();
            statements.add(0);
            committed.add(false);
            return false;
        }
        if (!event.thread().equals(migrating)) {
            return false;
        }
        int current = statements.size();
        if (type.equals(COMMIT)) {
            migrating = null;
            committed.set(current - 1, true);
            return current == target && point.equals("commit");
        }
        int ran = statements.get(current - 1);
        statements.set(current - 1, ran + 1);
        return current == target && point.equals("statement:" + (ran + 1));
    }

    private String where() {
        int counted = statements.get(target - 1);
        return point.equals("commit")
                ? "at the commit of migration " + target + ", all " + counted + " statements run"
                : "before statement " + counted + " of migration " + target + ", " + (counted - 1) + " run";
    }

    private String counts() {
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            counts.append(statements.get(i)).append(committed.get(i) ? ":transaction " : ":autocommit ");
        }
        return counts.toString().trim();
    }
}
