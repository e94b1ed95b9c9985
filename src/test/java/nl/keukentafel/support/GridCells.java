package nl.keukentafel.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * The component a grid's component column renders for a row, for columns without a key (Karibu's
 * {@code _getCellComponent} finds columns by key only).
 */
public final class GridCells {

    private GridCells() {}

    @SuppressWarnings("unchecked")
    public static <T> Component component(Grid<T> grid, int columnIndex, T item) {
        Renderer<T> renderer = grid.getColumns().get(columnIndex).getRenderer();
        if (!(renderer instanceof ComponentRenderer<?, ?> components)) {
            throw new AssertionError("Column " + columnIndex + " does not render components");
        }
        return ((ComponentRenderer<? extends Component, T>) components).createComponent(item);
    }
}
