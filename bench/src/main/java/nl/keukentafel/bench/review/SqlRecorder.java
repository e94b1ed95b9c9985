package nl.keukentafel.bench.review;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the app's DataSource so that, while {@link #start recording}, every prepared statement the
 * app executes is kept with its parameters and its wall time. Off the measured runs it only passes
 * calls through. Used to show which SQL a selection runs and to EXPLAIN exactly that SQL.
 */
final class SqlRecorder implements BeanPostProcessor {

    /** One statement as the app executed it. */
    record Statement(String sql, List<Binding> bindings, double millis) {}

    /** One {@code setXxx(index, args…)} call on the statement. */
    record Binding(int index, String method, Object[] args) {}

    private volatile List<Statement> recorded;

    void start() {
        recorded = new ArrayList<>();
    }

    List<Statement> stop() {
        List<Statement> done = recorded;
        recorded = null;
        return done == null ? List.of() : done;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return statement(statement, (String) args[0]);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement statement, String sql) {
        TreeMap<Integer, Binding> bindings = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                Object[] kept = args.clone();
                if (kept[1] instanceof Array array) {
                    kept[1] = new Object[] {array.getBaseTypeName(), array.getArray()};
                }
                bindings.put(index, new Binding(index, name, kept));
            }
            if (name.startsWith("execute") && (args == null || args.length == 0)) {
                List<Statement> sink = recorded;
                long start = System.nanoTime();
                Object result = method.invoke(target, args);
                if (sink != null) {
                    sink.add(new Statement(sql, List.copyOf(bindings.values()), (System.nanoTime() - start) / 1e6));
                }
                return result;
            }
            return method.invoke(target, args);
        });
    }

    /** Binds recorded parameters to a statement of another connection (for EXPLAIN). */
    static void bind(Connection connection, PreparedStatement statement, List<Binding> bindings) throws SQLException {
        for (Binding b : bindings) {
            Object[] args = b.args().clone();
            if (b.method().equals("setArray")) {
                Object[] typed = (Object[]) args[1];
                args[1] = connection.createArrayOf((String) typed[0], (Object[]) typed[1]);
            }
            try {
                Method m = findSetter(b.method(), args);
                m.invoke(statement, args);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new SQLException("Cannot bind " + b, e);
            }
        }
    }

    private static Method findSetter(String name, Object[] args) {
        candidates:
        for (Method m : PreparedStatement.class.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length) {
                continue;
            }
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                boolean fits = args[i] == null ? !types[i].isPrimitive() : boxed(types[i]).isInstance(args[i]);
                if (!fits) {
                    continue candidates;
                }
            }
            return m;
        }
        throw new IllegalArgumentException("No PreparedStatement." + name + " for " + java.util.Arrays.toString(args));
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    /** The parameters as text, for the plans file. */
    static String describe(List<Binding> bindings) {
        List<String> parts = new ArrayList<>();
        for (Binding b : bindings) {
            Object value = b.args()[1];
            String text = value instanceof Object[] typed && typed.length == 2 && typed[1] instanceof Object[] values
                    ? java.util.Arrays.toString(values)
                    : value instanceof Object[] values ? java.util.Arrays.toString(values) : String.valueOf(value);
            parts.add("$" + b.index() + " = " + text);
        }
        return String.join(", ", parts);
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }
}
