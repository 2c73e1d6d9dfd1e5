import * as L from 'leaflet';
import type { MapPlace, Position } from '../domain/place-map';
import { el } from './dom';
import type { TabTexts } from './texts';

/** Sweden, when no place of the group has a position yet. */
const SWEDEN: L.LatLngTuple = [62.5, 16.5];

export const nameOf = (place: Pick<MapPlace, 'omrade' | 'place'>) =>
  place.place ? `${place.place} (${place.omrade})` : place.omrade;

export interface MapViewOptions {
  /** Tile URL with {z}/{x}/{y}; none: a plain background. */
  tiles?: string;
  attribution: string;
  texts: TabTexts;
  onChoose(key: string): void;
  /** A samordnare placed or moved a place. */
  onPlace(key: string, position: Position): void;
}

/**
 * The Leaflet map: one mark a place with a position, sized by its observations, coloured by its
 * direction, ringed when a hot spot. A samordnare drags marks, or clicks to place a waiting one.
 */
export class MapView {
  private readonly map: L.Map;
  private readonly marks = L.layerGroup();
  private placing?: { key: string; done: () => void };
  private fitted = false;

  constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    this.map = L.map(container, { center: SWEDEN, zoom: 5, zoomControl: true, keyboard: true });
    this.map.attributionControl.setPrefix('Leaflet');
    if (options.tiles) {
      L.tileLayer(options.tiles, { maxZoom: 19 }).addTo(this.map);
      // The tiles' attribution as a text node, like every text of the tab (Leaflet's own writes HTML).
      const attribution = new L.Control({ position: 'bottomright' });
      attribution.onAdd = () =>
        el('div', { class: 'leaflet-control-attribution leaflet-control' }, options.attribution);
      attribution.addTo(this.map);
    }
    this.marks.addTo(this.map);
    this.map.on('click', (event: L.LeafletMouseEvent) => {
      if (!this.placing) return;
      const { key, done } = this.placing;
      this.placing = undefined;
      container.classList.remove('placing');
      done();
      this.options.onPlace(key, { lat: round(event.latlng.lat), lng: round(event.latlng.lng) });
    });
  }

  show(places: MapPlace[], mayPlace: boolean): void {
    this.marks.clearLayers();
    const placed = places.filter((place) => place.position);
    const most = Math.max(1, ...placed.map((place) => place.total));
    for (const place of placed) {
      const size = Math.round(22 + 34 * Math.sqrt(place.total / most));
      const classes = ['mark', `dir-${place.direction}`, place.place ? 'plats' : 'omrade'];
      if (place.hotSpot) classes.push('hot');
      if (place.recurring) classes.push('recurring');
      const icon = L.divIcon({ className: classes.join(' '), html: String(place.total), iconSize: [size, size] });
      const marker = L.marker([place.position!.lat, place.position!.lng], {
        icon,
        draggable: mayPlace,
        // Smaller marks above larger ones, so that a plats stays reachable on its område.
        zIndexOffset: -size * 10,
        keyboard: true,
        title: this.options.texts.observationsAt(nameOf(place), place.total),
      });
      marker.on('click', () => this.options.onChoose(place.key));
      // A mark is a button: Enter and Space choose it too (Leaflet does so only for popups).
      marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') this.options.onChoose(place.key);
      });
      marker.on('dragend', () => {
        const at = marker.getLatLng();
        this.options.onPlace(place.key, { lat: round(at.lat), lng: round(at.lng) });
      });
      marker.addTo(this.marks);
      const element = marker.getElement();
      element?.setAttribute('data-key', place.key);
      element?.setAttribute('data-total', String(place.total));
      element?.setAttribute('role', 'button');
      element?.setAttribute('aria-label', this.options.texts.observationsAt(nameOf(place), place.total));
    }
    if (!this.fitted && placed.length > 0) {
      this.map.fitBounds(L.latLngBounds(placed.map((place) => [place.position!.lat, place.position!.lng])), {
        padding: [40, 40],
        maxZoom: 15,
      });
      this.fitted = true;
    }
  }

  /** The next click on the map places `key`; `done` runs when it has. */
  startPlacing(key: string, done: () => void): void {
    this.placing = { key, done };
    this.map.getContainer().classList.add('placing');
  }

  cancelPlacing(): void {
    this.placing = undefined;
    this.map.getContainer().classList.remove('placing');
  }

  /** After the map's box changed size (a tab shown again). */
  resized(): void {
    this.map.invalidateSize();
  }
}

/** Five decimals: about a metre, enough for a place and no more. */
const round = (value: number) => Math.round(value * 1e5) / 1e5;
