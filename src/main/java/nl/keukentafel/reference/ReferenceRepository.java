package nl.keukentafel.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceRepository {

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferenceItem> findAll(ReferenceKind kind) {
        return jdbc.sql(select(kind) + " order by t.name limit 2000")
                .query((rs, row) -> map(kind, rs))
                .list();
    }

    Optional<ReferenceItem> findById(ReferenceKind kind, long id) {
        return jdbc.sql(select(kind) + " where t.id = :id")
                .param("id", id)
                .query((rs, row) -> map(kind, rs))
                .optional();
    }

    boolean nameExists(ReferenceKind kind, String name, @Nullable Long parentId, long exceptId) {
        String parentClause = kind == ReferenceKind.NEIGHBOURHOOD ? " and municipality_id = :parent" : "";
        var spec = jdbc.sql("select exists(select 1 from " + kind.table()
                        + " where lower(name) = lower(:name) and id <> :except" + parentClause + ")")
                .param("name", name)
                .param("except", exceptId);
        if (kind == ReferenceKind.NEIGHBOURHOOD) {
            spec = spec.param("parent", parentId);
        }
        return spec.query(Boolean.class).single();
    }

    long insert(ReferenceKind kind, String name, String description, @Nullable Long parentId) {
        return switch (kind) {
            case WERKTEAM, REGULATION ->
                jdbc.sql("insert into " + kind.table()
                                + " (name, description) values (:name, :description) returning id")
                        .param("name", name)
                        .param("description", description)
                        .query(Long.class)
                        .single();
            case THEME ->
                jdbc.sql("""
                            insert into theme (name, description, werkteam_id)
                            values (:name, :description, :parent) returning id
                            """)
                        .param("name", name)
                        .param("description", description)
                        .param("parent", parentId)
                        .query(Long.class)
                        .single();
            case MUNICIPALITY ->
                jdbc.sql("insert into municipality (name) values (:name) returning id")
                        .param("name", name)
                        .query(Long.class)
                        .single();
            case NEIGHBOURHOOD ->
                jdbc.sql("insert into neighbourhood (municipality_id, name) values (:parent, :name) returning id")
                        .param("parent", parentId)
                        .param("name", name)
                        .query(Long.class)
                        .single();
        };
    }

    void update(ReferenceKind kind, long id, String name, String description) {
        String descriptionClause = kind.hasDescription() ? ", description = :description" : "";
        var spec = jdbc.sql("update " + kind.table() + " set name = :name" + descriptionClause + " where id = :id")
                .param("name", name)
                .param("id", id);
        if (kind.hasDescription()) {
            spec = spec.param("description", description);
        }
        spec.update();
    }

    void setActive(ReferenceKind kind, long id, boolean active) {
        jdbc.sql("update " + kind.table() + " set active = :active where id = :id")
                .param("active", active)
                .param("id", id)
                .update();
    }

    private static String select(ReferenceKind kind) {
        return switch (kind) {
            case WERKTEAM, REGULATION ->
                "select t.id, t.name, t.description, null::bigint as parent_id, null as parent_name,"
                        + " t.active from " + kind.table() + " t";
            case THEME ->
                "select t.id, t.name, t.description, w.id as parent_id, w.name as parent_name, t.active"
                        + " from theme t left join werkteam w on w.id = t.werkteam_id";
            case MUNICIPALITY ->
                "select t.id, t.name, '' as description, null::bigint as parent_id,"
                        + " null as parent_name, t.active from municipality t";
            case NEIGHBOURHOOD ->
                "select t.id, t.name, '' as description, m.id as parent_id, m.name as parent_name,"
                        + " t.active from neighbourhood t join municipality m on m.id = t.municipality_id";
        };
    }

    private static ReferenceItem map(ReferenceKind kind, ResultSet rs) throws SQLException {
        return new ReferenceItem(
                kind,
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("parent_id", Long.class),
                rs.getString("parent_name"),
                rs.getBoolean("active"));
    }
}
